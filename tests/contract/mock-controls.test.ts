// The mock backend's own test controls under /__mock (skipped against a real backend).
import { afterAll, describe, expect, it } from "vitest";
import { SEED_DEMO } from "../fixtures/seed";
import { logIn, register, signUp } from "./support/accounts";
import { expectUnhandledServerError } from "./support/expectations";
import { call } from "./support/http";
import { target } from "./support/target";
import { jwtClaims, nowInSeconds } from "./support/tokens";

const control = (path: string, json?: unknown) =>
  call("POST", `/__mock/${path}`, json === undefined ? {} : { json });
const stats = async () => (await (await call("GET", "/__mock/stats")).json()) as Record<string, number>;

describe.runIf(target.mock)("the /__mock control surface", () => {
  afterAll(async () => {
    await control("reset");
  });

  it("counts calls per route template, not control calls, until reset", async () => {
    expect((await control("reset")).status).toBe(204);
    await call("GET", `/api/v1/user/${SEED_DEMO.username}`);
    await call("GET", "/api/v1/user/someone-else");
    await call("GET", "/api/v1/users");
    expect(await stats()).toEqual({ "GET /api/v1/user/{username}": 2, "GET /api/v1/users": 1 });
    await control("reset");
    expect(await stats()).toEqual({});
  });

  it("restores the seed on reset", async () => {
    const user = await register();
    await control("reset");
    expect((await call("GET", `/api/v1/user/${user.username}`)).status).toBe(404);
    expect((await call("GET", `/api/v1/user/${SEED_DEMO.username}`)).status).toBe(200);
  });

  it("injects a 500 only where `match` says, until faults are turned off", async () => {
    await control("faults", { mode: "error", match: "/users" });
    await expectUnhandledServerError(await call("GET", "/api/v1/users"));
    expect((await call("GET", "/api/v1/tiers")).status).toBe(200);
    await control("faults", { mode: "off" });
    expect((await call("GET", "/api/v1/users")).status).toBe(200);
  });

  it("answers garbage, hangs, or adds latency on demand", async () => {
    await control("faults", { mode: "garbage" });
    const garbage = await call("GET", "/api/v1/tiers");
    expect(garbage.status).toBe(200);
    await expect(garbage.json()).rejects.toThrow(SyntaxError);

    await control("faults", { mode: "hang", match: "tiers" });
    const hung = fetch(`${target.url}/api/v1/tiers`, { signal: AbortSignal.timeout(300) });
    await expect(hung).rejects.toThrow(/abort|timeout/i);

    await control("faults", { mode: "off", latencyMs: 200 });
    const started = Date.now();
    expect((await call("GET", "/api/v1/tiers")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    await control("faults", { mode: "off" });
  });

  it("changes token lifetimes at runtime and rejects invalid settings", async () => {
    const settings = await control("settings", { accessTokenTtlSeconds: 2 });
    expect(await settings.json()).toMatchObject({ accessTokenTtlSeconds: 2, refreshTokenTtlSeconds: 604800 });
    const login = await call("POST", "/api/v1/login", {
      form: { username: SEED_DEMO.username, password: SEED_DEMO.password },
    });
    const { access_token } = (await login.json()) as { access_token: string };
    expect(jwtClaims(access_token).exp).toBeLessThanOrEqual(nowInSeconds() + 2);
    expect((await control("settings", { accessTokenTtlSeconds: -1 })).status).toBe(400);
    expect((await control("faults", { mode: "explode" })).status).toBe(400);
  });

  it("mints /login's access tokens with their own lifetime when one is set, and /refresh's with the usual", async () => {
    await control("reset");
    await control("settings", { loginAccessTokenTtlSeconds: 30 });
    const session = await logIn(SEED_DEMO.username, SEED_DEMO.password);
    expect(jwtClaims(session.accessToken).exp).toBeLessThanOrEqual(nowInSeconds() + 30);

    const refresh = await call("POST", "/api/v1/refresh", { refreshCookie: session.refreshToken });
    const { access_token } = (await refresh.json()) as { access_token: string };
    expect(jwtClaims(access_token).exp).toBeGreaterThan(nowInSeconds() + 25 * 60);
  });

  it("moves the posts cache's clock: a list page expires 60 s after it was read, not a second sooner", async () => {
    const { username, accessToken } = await signUp();
    const write = (title: string) =>
      call("POST", `/api/v1/${username}/post`, { token: accessToken, json: { title, text: "..." } });
    const total = async () =>
      ((await (await call("GET", `/api/v1/${username}/posts`)).json()) as { total_count: number })
        .total_count;
    await write("First");
    expect(await total()).toBe(1);
    await write("Second");
    await control("cache", { advanceSeconds: 59 });
    expect(await total()).toBe(1);
    await control("cache", { advanceSeconds: 1 });
    expect(await total()).toBe(2);
    expect((await control("cache", { advanceSeconds: 0 })).status).toBe(400);
  });
});

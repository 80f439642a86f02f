// One refresh per refresh token across instances sharing a real Redis (a redis-server this file starts on a free
// loopback port): each "instance" is its own copy of the app's modules, so its own process memory, as in a fleet.
// Rotation is tried against the embedded OpenID Provider, which revokes the whole grant when a spent refresh token
// comes back; FastAPI's /refresh through the embedded backend behind MSW.
import { Redis } from "ioredis";
import { http, passthrough } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { startRedis, type RedisServer } from "../../../../scripts/lib/redis";
import { EMBEDDED_OIDC_CLIENT, OIDC_DEMO } from "../../../fixtures/oidc-accounts";
import { SEED_DEMO } from "../../../fixtures/seed";
import {
  startIdentityProviderServer,
  type IdentityProviderServer,
} from "../../../mocks/identity-provider/http-server";
import { mockBackend, server } from "../../../mocks/node";
import { closeAppRedisConnections } from "../../../setup/redis-connections";
import { providerTokens } from "../../helpers/provider-tokens";

import { SUCCESSOR_WINDOW_MS } from "@/lib/auth/refresh-lifetimes";
import type { RefreshedTokens } from "@/lib/auth/token-source";

const APP_URL = "http://localhost:3000";
/** The browser session the requests come from, unless a test says otherwise. */
const SESSION = "browser-session-a";

let provider: IdentityProviderServer;
let redis: RedisServer;

const providerStats = async () =>
  (await (await fetch(`${provider.issuer}/__op/stats`)).json()) as Record<string, number>;

/** One app instance: fresh copies of the modules, so nothing is shared with another instance but Redis. */
async function appInstance() {
  vi.resetModules();
  const { singleFlightRefresh } = await import("@/lib/auth/single-flight-refresh");
  const { oidcTokenSource } = await import("@/lib/auth/oidc-token-source");
  const { fastapiTokenSource } = await import("@/lib/auth/fastapi-token-source");
  const { RefreshRefusedError } = await import("@/lib/auth/token-source");
  const { forgetRefreshes, awaitDelivery } = await import("@/lib/auth/single-flight-refresh");
  return {
    refreshAtProvider: (token: string, failedAccessToken?: string, presenter = SESSION) =>
      singleFlightRefresh(oidcTokenSource, token, { presenter, failedAccessToken }),
    refreshAtFastapi: (token: string) =>
      singleFlightRefresh(fastapiTokenSource, token, { presenter: SESSION }),
    signOut: forgetRefreshes,
    awaitDelivery,
    RefreshRefusedError,
  };
}

const burst = (count: number, call: () => Promise<RefreshedTokens>) =>
  Promise.all(Array.from({ length: count }, call));

beforeAll(async () => {
  [provider, redis] = await Promise.all([
    startIdentityProviderServer({ port: 0, appUrl: APP_URL }),
    startRedis(),
  ]);
});

beforeEach(async () => {
  vi.stubEnv("OIDC_ISSUER", provider.issuer);
  vi.stubEnv("OIDC_CLIENT_ID", EMBEDDED_OIDC_CLIENT.clientId);
  vi.stubEnv("OIDC_CLIENT_SECRET", EMBEDDED_OIDC_CLIENT.clientSecret);
  vi.stubEnv("REDIS_URL", redis.url);
  server.use(http.all(`${provider.issuer}/*`, () => passthrough()));
  await fetch(`${provider.issuer}/__op/reset`, { method: "POST" });
  const cleaner = new Redis(redis.url);
  await cleaner.flushall();
  cleaner.disconnect();
});

afterEach(() => {
  closeAppRedisConnections();
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await Promise.all([provider.close(), redis.stop()]);
});

describe("with rotating refresh tokens (OpenID Provider)", () => {
  it("makes one refresh for a burst on two instances, and every request gets the same rotated pair", async () => {
    const { refreshToken } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    const [first, second] = [await appInstance(), await appInstance()];

    const results = (
      await Promise.all([
        burst(20, () => first.refreshAtProvider(refreshToken)),
        burst(20, () => second.refreshAtProvider(refreshToken)),
      ])
    ).flat();

    expect(await providerStats()).toEqual({ authorization_code: 1, refresh_token: 1 });
    const [one] = results;
    expect(one?.refreshToken).toBeDefined();
    expect(one?.refreshToken).not.toBe(refreshToken);
    for (const result of results) expect(result).toEqual(one);
  });

  it("never presents a spent token: a late request on another instance refreshes with its successor", async () => {
    const { refreshToken: spent } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    const first = await (await appInstance()).refreshAtProvider(spent);

    // Another instance, which never saw the rotation, gets a request still carrying the spent token, whose access
    // token (the one just minted) FastAPI refused.
    const late = await (await appInstance()).refreshAtProvider(spent, first.accessToken);
    expect(late.refreshToken).toBeDefined();
    expect(late.refreshToken).not.toBe(first.refreshToken);

    // The provider revokes the whole grant when a spent token comes back: the newest one still working proves it
    // never came back.
    const next = await (await appInstance()).refreshAtProvider(late.refreshToken ?? "", late.accessToken);
    expect(next.accessToken).toBeTruthy();
    expect(await providerStats()).toEqual({ authorization_code: 1, refresh_token: 3 });
  });

  it("signs out another browser session presenting the spent token on another instance, and the provider sees the reuse", async () => {
    const { refreshToken: spent } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    const victim = await (await appInstance()).refreshAtProvider(spent);

    const elsewhere = await appInstance();
    await expect(elsewhere.refreshAtProvider(spent, undefined, "browser-session-b")).rejects.toBeInstanceOf(
      elsewhere.RefreshRefusedError,
    );
    expect(await providerStats()).toEqual({
      authorization_code: 1,
      refresh_token: 1,
      "refresh_token error": 1,
    });
    // The grant is revoked: the victim's own newest token is refused too.
    const victimNext = await appInstance();
    await expect(
      victimNext.refreshAtProvider(victim.refreshToken ?? "", victim.accessToken),
    ).rejects.toBeInstanceOf(victimNext.RefreshRefusedError);
  });

  it("leads the same session on another instance to a successor its browser never received, minutes later", async () => {
    const { refreshToken: spent } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    const rendering = await appInstance();
    const rendered = await rendering.refreshAtProvider(spent);
    await rendering.awaitDelivery(spent, SESSION);

    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + SUCCESSOR_WINDOW_MS + 1 });
    try {
      const next = await (await appInstance()).refreshAtProvider(spent, rendered.accessToken);
      expect(next.refreshToken).toBeDefined();
      const elsewhere = await appInstance();
      await expect(elsewhere.refreshAtProvider(spent, undefined, "browser-session-b")).rejects.toBeInstanceOf(
        elsewhere.RefreshRefusedError,
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it("shares a refusal: the other instances end the session without asking the provider again", async () => {
    const [first, second] = [await appInstance(), await appInstance()];
    await expect(first.refreshAtProvider("not-a-refresh-token")).rejects.toBeInstanceOf(
      first.RefreshRefusedError,
    );
    await expect(second.refreshAtProvider("not-a-refresh-token")).rejects.toBeInstanceOf(
      second.RefreshRefusedError,
    );
    expect(await providerStats()).toEqual({ "refresh_token error": 1 });
  });

  it("keeps in Redis only hashed names and sealed outcomes, for minutes at most, and releases its lock", async () => {
    const tokens = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    const rotated = await (await appInstance()).refreshAtProvider(tokens.refreshToken);
    const inspector = new Redis(redis.url);
    try {
      const keys = await inspector.keys("nfa:refresh*");
      expect(keys).toEqual([expect.stringMatching(/^nfa:refresh:[0-9a-f]{64}$/)]);
      const [key = ""] = keys;
      const stored = (await inspector.get(key)) ?? "";
      for (const secret of [tokens.refreshToken, rotated.refreshToken ?? "", rotated.accessToken]) {
        expect(key).not.toContain(secret);
        expect(stored).not.toContain(secret);
        expect(stored).not.toContain(Buffer.from(secret).toString("base64url").slice(0, 40));
      }
      const ttl = await inspector.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(5 * 60_000);
    } finally {
      inspector.disconnect();
    }
  });
});

describe("with FastAPI's refresh tokens, which do not rotate", () => {
  it("makes one /refresh for a burst of 100 on two instances", async () => {
    const refreshToken = await mockBackend.signToken({
      sub: SEED_DEMO.username,
      token_type: "refresh",
      exp: Math.floor(Date.now() / 1000) + 3_600,
    });
    const [first, second] = [await appInstance(), await appInstance()];
    const results = (
      await Promise.all([
        burst(50, () => first.refreshAtFastapi(refreshToken)),
        burst(50, () => second.refreshAtFastapi(refreshToken)),
      ])
    ).flat();
    expect(mockBackend.stats()["POST /api/v1/refresh"]).toBe(1);
    expect(new Set(results.map((result) => result.accessToken)).size).toBe(1);
  });

  it("answers no instance from the record once the session signed out on one of them", async () => {
    const refreshToken = await mockBackend.signToken({
      sub: SEED_DEMO.username,
      token_type: "refresh",
      exp: Math.floor(Date.now() / 1000) + 3_600,
    });
    const [first, second] = [await appInstance(), await appInstance()];
    await first.refreshAtFastapi(refreshToken);
    await first.signOut(refreshToken);

    // A cookie jar captured before the sign-out, replayed on the other instance within the reuse window: FastAPI,
    // which revokes at sign-out, is asked again instead of the record answering.
    await second.refreshAtFastapi(refreshToken);
    expect(mockBackend.stats()["POST /api/v1/refresh"]).toBe(2);
  });
});

describe("when Redis is down", () => {
  it("refreshes on each instance alone, without failing, and logs the outage once", async () => {
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const down = await startRedis();
    vi.stubEnv("REDIS_URL", down.url);
    const [first, second] = [await appInstance(), await appInstance()];
    await down.stop();
    try {
      const { refreshToken } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
      await burst(5, () => first.refreshAtProvider(refreshToken));
      const refreshToken2 = (await providerTokens(provider.issuer, APP_URL, OIDC_DEMO)).refreshToken;
      await burst(5, () => second.refreshAtProvider(refreshToken2));
      expect((await providerStats()).refresh_token).toBe(2);
      const lines = warnings.mock.calls
        .map(([line]) => String(line))
        .filter((line) => line.startsWith("[redis]"));
      expect(lines).toEqual([expect.stringMatching(/^\[redis\] unavailable/)]);
    } finally {
      warnings.mockRestore();
    }
  });
});

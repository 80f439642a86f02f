import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";

import { loginAction } from "@/actions/auth";

import { SEED_ADMIN, SEED_DEMO } from "../../fixtures/seed";
import { TEST_FASTAPI_URL, mockBackend, server } from "../../mocks/node";
import { parseSetCookieHeader, requestScope, setCookiesNamed } from "../../setup/next-request-scope";
import { redirectTarget } from "../../setup/redirect";
import { postForm, postFormAnswer } from "../helpers/post-form";

const LOGIN = `${TEST_FASTAPI_URL}/api/v1/login`;

const cookieNames = () => new Set(requestScope.setCookieHeaders.map((header) => header.split("=")[0]));

describe("loginAction", () => {
  it("signs in with a username and sets exactly the session and token cookies, and the known-device mark", async () => {
    const target = await redirectTarget(
      postForm(loginAction, { username: SEED_DEMO.username, password: SEED_DEMO.password }),
    );

    expect(target).toBe("/dashboard");
    expect(cookieNames()).toEqual(
      new Set([
        "better-auth.session_token",
        "better-auth.session_data",
        "access_token",
        "refresh_token",
        "known_device",
      ]),
    );
    for (const name of cookieNames()) {
      const [cookie] = setCookiesNamed(name!);
      expect(cookie, name).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
      expect(cookie?.secure, `${name} must not be Secure on an http APP_URL`).toBe(false);
    }
    for (const header of requestScope.setCookieHeaders) expect(header.length).toBeLessThan(4096);
    const [access] = setCookiesNamed("access_token");
    const [refresh] = setCookiesNamed("refresh_token");
    const [sessionToken] = setCookiesNamed("better-auth.session_token");
    // The access cookie dies with the JWT (30 minutes); the others with FastAPI's refresh cookie (7 days).
    expect(access?.maxAge).toBeGreaterThanOrEqual(1798);
    expect(access?.maxAge).toBeLessThanOrEqual(1800);
    expect(refresh?.maxAge).toBe(604800);
    expect(sessionToken?.maxAge).toBe(604800);
  });

  it("gives every session cookie the refresh token's lifetime when FastAPI's is shorter than 7 days", async () => {
    mockBackend.setSettings({ refreshTokenTtlSeconds: 3600 });

    await redirectTarget(
      postForm(loginAction, { username: SEED_DEMO.username, password: SEED_DEMO.password }),
    );

    for (const name of ["refresh_token", "better-auth.session_token", "better-auth.session_data"]) {
      expect(setCookiesNamed(name).at(-1)?.maxAge, name).toBe(3600);
    }
  });

  it("makes every cookie Secure and prefixed when the app is served over https", async () => {
    vi.stubEnv("APP_URL", "https://app.example");
    vi.resetModules();
    try {
      // Fresh modules read the new APP_URL.
      const { loginAction: secureLoginAction } = await import("@/actions/auth");

      await redirectTarget(
        postForm(secureLoginAction, { username: SEED_DEMO.username, password: SEED_DEMO.password }),
      );

      const cookies = requestScope.setCookieHeaders.map(parseSetCookieHeader);
      expect(new Set(cookies.map((cookie) => cookie.name))).toEqual(
        new Set([
          "__Secure-better-auth.session_token",
          "__Secure-better-auth.session_data",
          "__Host-access_token",
          "__Host-refresh_token",
          "__Host-known_device",
        ]),
      );
      for (const cookie of cookies)
        expect(cookie, cookie.name).toMatchObject({ secure: true, httpOnly: true, path: "/" });
      expect(requestScope.setCookieHeaders.join("\n")).not.toMatch(/domain=/i);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  it("accepts an e-mail in the username field and follows a same-site next path", async () => {
    const target = await redirectTarget(
      postForm(loginAction, {
        ...{ username: SEED_DEMO.email, password: SEED_DEMO.password },
        next: "/dashboard/x?y=1",
      }),
    );
    expect(target).toBe("/dashboard/x?y=1");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)"])(
    "ignores the unsafe next target %s",
    async (next) => {
      const target = await redirectTarget(
        postForm(loginAction, {
          ...{ username: SEED_DEMO.username, password: SEED_DEMO.password },
          next: next,
        }),
      );
      expect(target).toBe("/dashboard");
    },
  );

  it("learns at sign-in whether the user is a superuser, without changing anything", async () => {
    const { auth } = await import("@/lib/auth/server");
    const { nextHeadersMock } = await import("../../setup/next-request-scope");

    await redirectTarget(
      postForm(loginAction, { username: SEED_ADMIN.username, password: SEED_ADMIN.password }),
    );
    const admin = await auth.api.getSession({ headers: await nextHeadersMock.headers() });
    expect(admin?.user).toMatchObject({ username: SEED_ADMIN.username, isSuperuser: true });

    requestScope.browserCookies.clear();
    await redirectTarget(
      postForm(loginAction, { username: SEED_DEMO.username, password: SEED_DEMO.password }),
    );
    const demo = await auth.api.getSession({ headers: await nextHeadersMock.headers() });
    expect(demo?.user).toMatchObject({ username: SEED_DEMO.username, isSuperuser: false });
    expect(mockBackend.db.users.find((user) => user.username === SEED_DEMO.username)?.tier_id).not.toBe(0);
  });

  it("answers wrong credentials with a form error and sets no cookie", async () => {
    const result = await postForm(loginAction, { username: SEED_DEMO.username, password: "wrong-password" });
    expect(result).toEqual({
      ok: false,
      reason: "unauthorized",
      message: "Wrong username, e-mail or password.",
    });
    expect(requestScope.setCookieHeaders).toEqual([]);
  });

  it("sends the username back to refill the form, and never the password", async () => {
    const answer = await postFormAnswer(loginAction, {
      username: SEED_DEMO.username,
      password: "wrong-Passw0rd",
      next: "/dashboard/posts",
    });
    expect(answer?.values).toEqual({ username: SEED_DEMO.username, next: "/dashboard/posts" });
    expect(JSON.stringify(answer)).not.toContain("wrong-Passw0rd");
  });

  it("follows a same-site next target posted with the form, and nothing else", async () => {
    await expect(
      redirectTarget(
        postForm(loginAction, {
          username: SEED_DEMO.username,
          password: SEED_DEMO.password,
          next: "/dashboard/posts?page=2",
        }),
      ),
    ).resolves.toBe("/dashboard/posts?page=2");
    requestScope.browserCookies.clear();
    await expect(
      redirectTarget(
        postForm(loginAction, {
          username: SEED_DEMO.username,
          password: SEED_DEMO.password,
          next: "//evil.example/x",
        }),
      ),
    ).resolves.toBe("/dashboard");
  });

  it("gives the same answer for an unknown account", async () => {
    const result = await postForm(loginAction, { username: "nobody", password: "wrong-password" });
    expect(result).toEqual({
      ok: false,
      reason: "unauthorized",
      message: "Wrong username, e-mail or password.",
    });
  });

  it("validates on the server with the shared schema, before any backend call", async () => {
    const result = await postForm(loginAction, { username: "  ", password: "" });
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { username: ["Enter your username or e-mail."], password: ["Enter your password."] },
    });
    expect(mockBackend.stats()["POST /api/v1/login"]).toBeUndefined();
  });

  it.each([
    [
      "a 500 text/plain",
      () =>
        new HttpResponse("Internal Server Error", {
          status: 500,
          headers: { "content-type": "text/plain; charset=utf-8" },
        }),
    ],
    ["a refused connection", () => HttpResponse.error()],
    [
      "garbage",
      () => new HttpResponse("{not json", { status: 200, headers: { "content-type": "application/json" } }),
    ],
  ])("says the service is unavailable on %s", async (_case, answer) => {
    server.use(http.post(LOGIN, answer));
    const result = await postForm(loginAction, {
      username: SEED_DEMO.username,
      password: SEED_DEMO.password,
    });
    expect(result).toEqual({
      ok: false,
      reason: "unavailable",
      message: "The service is unavailable right now. Please try again in a moment.",
    });
    expect(requestScope.setCookieHeaders).toEqual([]);
  });

  it("says to slow down on a 429", async () => {
    server.use(
      http.post(LOGIN, () => HttpResponse.json({ detail: "Rate limit exceeded." }, { status: 429 })),
    );
    const result = await postForm(loginAction, {
      username: SEED_DEMO.username,
      password: SEED_DEMO.password,
    });
    expect(result).toMatchObject({ ok: false, reason: "rate-limited" });
  });
});

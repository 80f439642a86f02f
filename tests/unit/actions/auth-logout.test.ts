import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";

import { loginAction, logoutAction } from "@/actions/auth";
import { KNOWN_DEVICE_COOKIE } from "@/lib/rate-limit/known-device";

import { SEED_DEMO } from "../../fixtures/seed";
import { TEST_FASTAPI_URL, mockBackend, server } from "../../mocks/node";
import { requestScope, setCookiesNamed } from "../../setup/next-request-scope";
import { redirectTarget } from "../../setup/redirect";
import { postForm } from "../helpers/post-form";

const LOGOUT = `${TEST_FASTAPI_URL}/api/v1/logout`;
const ME = `${TEST_FASTAPI_URL}/api/v1/user/me/`;
const ALL_COOKIES = [
  "better-auth.session_token",
  "better-auth.session_data",
  "access_token",
  "refresh_token",
];

async function signIn(): Promise<{ accessToken: string; refreshToken: string }> {
  await redirectTarget(postForm(loginAction, { username: SEED_DEMO.username, password: SEED_DEMO.password }));
  requestScope.setCookieHeaders = [];
  return {
    accessToken: requestScope.browserCookies.get("access_token")!,
    refreshToken: requestScope.browserCookies.get("refresh_token")!,
  };
}

/** Asks the backend directly whether a token pair still works. */
async function stillWorks({ accessToken, refreshToken }: { accessToken: string; refreshToken: string }) {
  const me = await fetch(`${TEST_FASTAPI_URL}/api/v1/user/me/`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  const refresh = await fetch(`${TEST_FASTAPI_URL}/api/v1/refresh`, {
    method: "POST",
    headers: { Cookie: `refresh_token=${refreshToken}` },
  });
  return { access: me.ok, refresh: refresh.ok };
}

function expectEveryCookieCleared() {
  for (const name of ALL_COOKIES) {
    const cleared = setCookiesNamed(name).at(-1);
    expect(cleared, name).toBeDefined();
    expect(cleared?.maxAge, name).toBe(0);
  }
  // What stays is the known-device mark (sign-in throttling): no credential, and meant to outlive sessions.
  expect([...requestScope.browserCookies.keys()]).toEqual([KNOWN_DEVICE_COOKIE]);
}

describe("logoutAction", () => {
  it("revokes both tokens at FastAPI with bearer and cookie, then clears every cookie", async () => {
    const tokens = await signIn();
    const sent: Request[] = [];
    server.events.on("request:start", ({ request }) => {
      if (request.url === LOGOUT) sent.push(request.clone());
    });

    const target = await redirectTarget(logoutAction());

    expect(target).toBe("/login?reason=signed-out");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers.get("authorization")).toBe(`Bearer ${tokens.accessToken}`);
    expect(sent[0]?.headers.get("cookie")).toBe(`refresh_token=${tokens.refreshToken}`);
    expect(await stillWorks(tokens)).toEqual({ access: false, refresh: false });
    expectEveryCookieCleared();
    server.events.removeAllListeners();
  });

  it("refreshes first when the access token has expired, so the revocation is real", async () => {
    const tokens = await signIn();
    const expired = await mockBackend.signToken({
      sub: SEED_DEMO.username,
      token_type: "access",
      exp: Math.floor(Date.now() / 1000) - 5,
    });
    requestScope.browserCookies.set("access_token", expired);

    await redirectTarget(logoutAction());

    expect(mockBackend.stats()).toMatchObject({ "POST /api/v1/refresh": 1, "POST /api/v1/logout": 1 });
    expect((await stillWorks(tokens)).refresh).toBe(false);
  });

  it("clears everything locally and says so when FastAPI is down", async () => {
    await signIn();
    server.use(http.post(LOGOUT, () => HttpResponse.error()));

    const target = await redirectTarget(logoutAction());

    expect(target).toBe("/login?reason=signed-out-locally");
    expectEveryCookieCleared();
  });

  it("is harmless when repeated", async () => {
    await signIn();
    await redirectTarget(logoutAction());
    const callsAfterFirst = mockBackend.stats()["POST /api/v1/logout"];

    await expect(redirectTarget(logoutAction())).resolves.toBe("/login?reason=signed-out");
    expect(mockBackend.stats()["POST /api/v1/logout"]).toBe(callsAfterFirst);
  });

  it("lets the user sign in again within the second of signing out", async () => {
    // FastAPI mints identical tokens within one second. The clock stands still until FastAPI refuses the
    // re-issued token, then moves on a second, as the real one would while the app waits: deterministic on a
    // slow machine too.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Math.ceil(Date.now() / 1000) * 1000);
    server.events.on("response:mocked", ({ request, response }) => {
      if (request.url === ME && response.status === 401) vi.setSystemTime(Date.now() + 1000);
    });
    try {
      const revoked = await signIn();
      await redirectTarget(logoutAction());

      await expect(
        redirectTarget(postForm(loginAction, { username: SEED_DEMO.username, password: SEED_DEMO.password })),
      ).resolves.toBe("/dashboard");
      expect(mockBackend.stats()["POST /api/v1/login"]).toBe(3);
      expect(requestScope.browserCookies.get("access_token")).not.toBe(revoked.accessToken);
    } finally {
      server.events.removeAllListeners();
      vi.useRealTimers();
    }
  });
});

import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { ApiError } from "@/lib/api/errors";
import { readCurrentUser } from "@/lib/api/users";
import { apiWithAuth } from "@/lib/auth/with-auth";

import { TEST_FASTAPI_URL, mockBackend, server } from "../../../mocks/node";
import { requestScope, setCookiesNamed } from "../../../setup/next-request-scope";
import { refusedAccessToken, signInNewUser } from "../../helpers/signed-in-user";

const ME = `${TEST_FASTAPI_URL}/api/v1/user/me/`;
const REFRESH = `${TEST_FASTAPI_URL}/api/v1/refresh`;

const calls = (route: string) => mockBackend.stats()[route] ?? 0;

describe("apiWithAuth", () => {
  it("sends the bearer token and returns the answer", async () => {
    const { username } = await signInNewUser();
    await expect(apiWithAuth(readCurrentUser)).resolves.toMatchObject({ username });
    expect(calls("POST /api/v1/refresh")).toBe(0);
  });

  it("shares one /refresh among 20 concurrent 401s, and every request succeeds", async () => {
    const { username } = await signInNewUser();
    requestScope.browserCookies.set("access_token", await refusedAccessToken(username));

    const users = await Promise.all(Array.from({ length: 20 }, () => apiWithAuth(readCurrentUser)));

    expect(users.every((user) => user.username === username)).toBe(true);
    expect(calls("POST /api/v1/refresh")).toBe(1);
  });

  it("makes at most one refresh and one retry per request when the backend keeps answering 401", async () => {
    await signInNewUser();
    let meCalls = 0;
    server.use(
      http.get(ME, () => {
        meCalls += 1;
        return HttpResponse.json({ detail: "User not authenticated." }, { status: 401 });
      }),
    );

    for (let request = 1; request <= 3; request += 1) {
      await expect(apiWithAuth(readCurrentUser)).rejects.toMatchObject({ reason: "session-expired" });
      expect(meCalls).toBe(request * 2);
      expect(calls("POST /api/v1/refresh")).toBeLessThanOrEqual(request);
    }
  });

  it("refreshes an expired access token before using it, and saves the new one", async () => {
    const { username } = await signInNewUser();
    const expired = await mockBackend.signToken({
      sub: username,
      token_type: "access",
      exp: Math.floor(Date.now() / 1000) - 5,
    });
    requestScope.browserCookies.set("access_token", expired);

    await expect(apiWithAuth(readCurrentUser)).resolves.toMatchObject({ username });

    expect(calls("POST /api/v1/refresh")).toBe(1);
    expect(calls("GET /api/v1/user/me/")).toBe(1);
    const [saved] = setCookiesNamed("access_token");
    expect(saved).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect(saved?.value).not.toBe(expired);
  });

  it("uses the refreshed token for the render only inside a Server Component", async () => {
    const { username } = await signInNewUser();
    requestScope.browserCookies.set("access_token", await refusedAccessToken(username));
    requestScope.readOnly = true;

    await expect(apiWithAuth(readCurrentUser)).resolves.toMatchObject({ username });
    expect(requestScope.setCookieHeaders).toEqual([]);
  });

  it("ends the session when FastAPI refuses the refresh token", async () => {
    const { username } = await signInNewUser();
    requestScope.browserCookies.set("access_token", await refusedAccessToken(username));
    requestScope.browserCookies.set("refresh_token", "garbage");

    await expect(apiWithAuth(readCurrentUser)).rejects.toMatchObject({ reason: "session-expired" });
  });

  it("keeps the session when the backend is down during the refresh", async () => {
    const { username } = await signInNewUser();
    requestScope.browserCookies.set("access_token", await refusedAccessToken(username));
    server.use(http.post(REFRESH, () => HttpResponse.error()));

    const error = await apiWithAuth(readCurrentUser).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: "unreachable" });
  });

  it("ends the session without a backend call when there is no refresh token", async () => {
    await expect(apiWithAuth(readCurrentUser)).rejects.toMatchObject({ reason: "session-expired" });
    expect(mockBackend.stats()).toEqual({});
  });
});

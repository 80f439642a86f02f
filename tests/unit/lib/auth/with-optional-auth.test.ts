// apiWithOptionalAuth against the embedded backend's optional-bearer route, POST /api/v1/tasks/task.
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { ApiError } from "@/lib/api/errors";
import { bearer, fastapi, send } from "@/lib/api/client";
import { apiWithOptionalAuth } from "@/lib/auth/with-auth";

import { TEST_FASTAPI_URL, mockBackend, server } from "../../../mocks/node";
import { requestScope, setCookiesNamed } from "../../../setup/next-request-scope";
import { refusedAccessToken, signInNewUser } from "../../helpers/signed-in-user";

/** What a generated gateway function for the route does: the bearer when there is one, else none. */
const createTask = async (accessToken: string | undefined) =>
  (
    await send(
      fastapi.POST("/api/v1/tasks/task", {
        params: { query: { message: "hello" } },
        headers: accessToken ? bearer(accessToken) : {},
      }),
    )
  ).data;

const calls = (route: string) => mockBackend.stats()[route] ?? 0;

/** The Authorization header of every task submission that reached the backend. */
let sentBearers: (string | null)[] = [];
const recordBearer = ({ request }: { request: Request }) => {
  if (request.method === "POST" && request.url.startsWith(`${TEST_FASTAPI_URL}/api/v1/tasks/task`)) {
    sentBearers.push(request.headers.get("authorization"));
  }
};
beforeEach(() => {
  sentBearers = [];
  server.events.on("request:start", recordBearer);
});
afterEach(() => {
  server.events.removeListener("request:start", recordBearer);
});

const accessTokenExpiringIn = (username: string, seconds: number) =>
  mockBackend.signToken({
    sub: username,
    token_type: "access",
    exp: Math.floor(Date.now() / 1000) + seconds,
  });

describe("apiWithOptionalAuth", () => {
  it("sends the session's bearer as it is while it has more than a minute left", async () => {
    const { accessToken } = await signInNewUser();

    await expect(apiWithOptionalAuth(createTask)).resolves.toMatchObject({ id: expect.any(String) });

    expect(sentBearers).toEqual([`Bearer ${accessToken}`]);
    expect(calls("POST /api/v1/refresh")).toBe(0);
    expect(setCookiesNamed("access_token")).toEqual([]);
  });

  it.each([
    ["about to expire", 30],
    ["already expired", -5],
  ])("refreshes an access token %s first, sends the new one and saves it", async (_state, seconds) => {
    const { username } = await signInNewUser();
    const old = await accessTokenExpiringIn(username, seconds);
    requestScope.browserCookies.set("access_token", old);

    await expect(apiWithOptionalAuth(createTask)).resolves.toMatchObject({ id: expect.any(String) });

    expect(calls("POST /api/v1/refresh")).toBe(1);
    const [saved] = setCookiesNamed("access_token");
    expect(saved?.value).toBeTruthy();
    expect(saved?.value).not.toBe(old);
    expect(sentBearers).toEqual([`Bearer ${saved?.value}`]);
  });

  it("refreshes first when the session has a refresh token but no access token", async () => {
    await signInNewUser();
    requestScope.browserCookies.delete("access_token");

    await apiWithOptionalAuth(createTask);

    expect(calls("POST /api/v1/refresh")).toBe(1);
    expect(sentBearers).toEqual([`Bearer ${setCookiesNamed("access_token")[0]?.value}`]);
  });

  it("calls without a bearer when there is no session, as the route allows", async () => {
    await expect(apiWithOptionalAuth(createTask)).resolves.toMatchObject({ id: expect.any(String) });

    expect(sentBearers).toEqual([null]);
    expect(calls("POST /api/v1/refresh")).toBe(0);
  });

  it("ends the session, without calling, when FastAPI refuses the refresh", async () => {
    const { username } = await signInNewUser();
    requestScope.browserCookies.set("access_token", await accessTokenExpiringIn(username, 10));
    requestScope.browserCookies.set("refresh_token", "garbage");

    await expect(apiWithOptionalAuth(createTask)).rejects.toMatchObject({ reason: "session-expired" });
    expect(sentBearers).toEqual([]);
  });

  it("does not call when the backend is down during the refresh, and keeps the session", async () => {
    const { username } = await signInNewUser();
    requestScope.browserCookies.set("access_token", await accessTokenExpiringIn(username, 10));
    server.use(http.post(`${TEST_FASTAPI_URL}/api/v1/refresh`, () => HttpResponse.error()));

    const error = await apiWithOptionalAuth(createTask).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: "unreachable" });
    expect(sentBearers).toEqual([]);
    expect(setCookiesNamed("access_token")).toEqual([]);
  });

  it("calls once and never retries: a failure is the caller's, not a reason to try again", async () => {
    const { username } = await signInNewUser();
    // FastAPI answers this unexpired but revoked-looking token as anonymous: nothing here can tell.
    const refused = await refusedAccessToken(username);
    requestScope.browserCookies.set("access_token", refused);
    server.use(
      http.post(`${TEST_FASTAPI_URL}/api/v1/tasks/task`, () =>
        HttpResponse.json({ detail: "Queue is not available" }, { status: 503 }),
      ),
    );

    await expect(apiWithOptionalAuth(createTask)).rejects.toMatchObject({ status: 503 });

    expect(sentBearers).toEqual([`Bearer ${refused}`]);
    expect(calls("POST /api/v1/refresh")).toBe(0);
  });
});

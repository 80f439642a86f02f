// /login, /refresh and /logout: OAuth2 form login, the refresh cookie, and blacklisting logout.
import type { HttpHandler } from "msw";
import type { UserRow } from "../db";
import { unauthorized } from "../framework/errors";
import { readCookie, readForm } from "../framework/request";
import { check, checkOptional, string, validateRequest } from "../framework/validation";
import type { HandlerContext } from "./context";

const REFRESH_COOKIE = "refresh_token";

/** Exactly what the backend sends: Starlette's SimpleCookie output, attributes in alphabetical order. */
const refreshCookie = (token: string, maxAgeSeconds: number) =>
  `${REFRESH_COOKIE}=${token}; HttpOnly; Max-Age=${maxAgeSeconds}; Path=/; SameSite=lax; Secure`;

/** Starlette's `delete_cookie`: no HttpOnly, no Secure, `expires` = now. */
const deletedRefreshCookie = (now: Date) =>
  `${REFRESH_COOKIE}=""; expires=${now.toUTCString()}; Max-Age=0; Path=/; SameSite=lax`;

/**
 * IMPORTANT: the header is added after the response is built. A Set-Cookie passed in MSW's response init
 * lands in MSW's process-wide cookie jar, which then adds that cookie to every later request to the
 * origin; the real backend only ever sees the cookies its client sends.
 */
function withSetCookie(response: Response, cookie: string): Response {
  response.headers.set("set-cookie", cookie);
  return response;
}

/** bcrypt only looks at the first 72 bytes of a password. */
function passwordMatches(user: UserRow, candidate: string): boolean {
  const first72Bytes = (password: string) => Buffer.from(password, "utf8").subarray(0, 72);
  return first72Bytes(user.password).equals(first72Bytes(candidate));
}

export function authHandlers({ route, db, tokens, auth, settings }: HandlerContext): HttpHandler[] {
  return [
    route.post("/api/v1/login", async ({ request, response }) => {
      const field = await readForm(request);
      const [, username, password] = validateRequest(
        // FastAPI 0.115.2's OAuth2PasswordRequestForm: the pattern is unanchored, so any value containing it passes.
        checkOptional(string({ pattern: "password" }), field("grant_type"), ["body", "grant_type"]),
        check(string(), field("username"), ["body", "username"]),
        check(string(), field("password"), ["body", "password"]),
      );
      const user = db.activeUserByUsernameOrEmail(username);
      if (!user || !passwordMatches(user, password)) throw unauthorized("Wrong username, email or password.");

      const { accessTokenTtlSeconds, loginAccessTokenTtlSeconds, refreshTokenTtlSeconds } = settings();
      const accessToken = await tokens.issue(
        user.username,
        "access",
        loginAccessTokenTtlSeconds ?? accessTokenTtlSeconds,
      );
      const refreshToken = await tokens.issue(user.username, "refresh", refreshTokenTtlSeconds);
      return withSetCookie(
        response(200).json({ access_token: accessToken, token_type: "bearer" }),
        refreshCookie(refreshToken, refreshTokenTtlSeconds),
      );
    }),

    // Reads only the cookie, never rotates it, and does not check that the user still exists.
    route.post("/api/v1/refresh", async ({ request, response }) => {
      const refreshToken = readCookie(request, REFRESH_COOKIE);
      if (!refreshToken) throw unauthorized("Refresh token missing.");
      const subject = await auth.verifyToken(refreshToken, "refresh");
      if (subject === null) throw unauthorized("Invalid refresh token.");
      const accessToken = await tokens.issue(subject, "access", settings().accessTokenTtlSeconds);
      return response(200).json({ access_token: accessToken, token_type: "bearer" });
    }),

    // Neither token's type nor owner is checked; the access token is revoked before the cookie is examined.
    route.post("/api/v1/logout", async ({ request, response }) => {
      const accessToken = auth.bearerToken(request);
      const refreshToken = readCookie(request, REFRESH_COOKIE);
      if (!refreshToken) throw unauthorized("Refresh token not found");
      for (const token of [accessToken, refreshToken]) {
        if (!(await auth.blacklist(token))) throw unauthorized("Invalid token.");
      }
      return withSetCookie(
        response(200).json({ message: "Logged out successfully" }),
        deletedRefreshCookie(new Date()),
      );
    }),
  ];
}

// Server-only FastAPI token endpoints (/login, /refresh, /logout) and the superuser probe, as plain functions.
import "server-only";

import { bearer, fastapi, send } from "./client";
import { ApiError } from "./errors";

export interface FastapiTokens {
  accessToken: string;
  refreshToken: string;
  /** Lifetime FastAPI gave the refresh cookie, in seconds. */
  refreshMaxAge: number;
}

const REFRESH_COOKIE = "refresh_token";

/**
 * Lifts the refresh token out of FastAPI's `Set-Cookie`. FastAPI marks it `Secure` even on http, so a
 * server-side client must read it from the header rather than rely on a cookie jar.
 */
function readRefreshCookie(response: Response): { value: string; maxAge: number } {
  for (const header of response.headers.getSetCookie()) {
    const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
    const separator = pair.indexOf("=");
    if (pair.slice(0, separator) !== REFRESH_COOKIE) continue;
    const maxAge = attributes
      .map((attribute) => /^max-age=(\d+)$/i.exec(attribute)?.[1])
      .find((value) => value !== undefined);
    const value = pair.slice(separator + 1);
    if (value && maxAge) return { value, maxAge: Number(maxAge) };
  }
  throw new ApiError("invalid-response", "The service did not return a refresh token.", {
    status: response.status,
  });
}

/** Posts the OAuth2 password form; `username` may be a username or an e-mail. */
export async function loginWithPassword(username: string, password: string): Promise<FastapiTokens> {
  const { data, response } = await send(
    fastapi.POST("/api/v1/login", {
      body: { username, password, scope: "" },
      bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    }),
  );
  const refresh = readRefreshCookie(response);
  return { accessToken: data.access_token, refreshToken: refresh.value, refreshMaxAge: refresh.maxAge };
}

/** Trades the refresh token for a new access token. FastAPI does not rotate the refresh token. */
export async function refreshAccessToken(refreshToken: string): Promise<string> {
  const { data } = await send(
    fastapi.POST("/api/v1/refresh", { headers: { Cookie: `${REFRESH_COOKIE}=${refreshToken}` } }),
  );
  const accessToken = data.access_token;
  if (!accessToken) throw new ApiError("invalid-response", "The service did not return an access token.");
  return accessToken;
}

/** Blacklists both tokens at FastAPI. Needs an unexpired access token, or FastAPI revokes nothing. */
export async function logoutTokens(accessToken: string, refreshToken: string): Promise<void> {
  await send(
    fastapi.POST("/api/v1/logout", {
      headers: { ...bearer(accessToken), Cookie: `${REFRESH_COOKIE}=${refreshToken}` },
    }),
  );
}

/**
 * Whether the token's user is a superuser. `/user/me/` does not say, so this asks for a change only a superuser
 * may make, on a tier id that cannot exist (ids start at 1): FastAPI checks privileges first, so a superuser gets
 * 404 "Tier not found" and anyone else 403, and nothing is changed either way. An outage throws (the sign-in
 * fails with a clear message); any other answer counts as "not a superuser".
 */
export async function isSuperuser(accessToken: string, username: string): Promise<boolean> {
  try {
    await send(
      fastapi.PATCH("/api/v1/user/{username}/tier", {
        params: { path: { username } },
        body: { tier_id: 0 },
        headers: bearer(accessToken),
      }),
    );
    return true;
  } catch (error) {
    if (!(error instanceof ApiError) || error.isTransient) throw error;
    return error.status === 404;
  }
}

// Server-only: runs FastAPI calls with the user's bearer token, refreshing it when refused or about to expire.
import "server-only";

import { hasHttpStatus } from "@/lib/api/errors";
import { sessionExpired } from "@/lib/request-failure";

import { REFRESH_LEEWAY_SECONDS, expiresWithin } from "./jwt";
import { readRequestTokens, storeRefreshedTokens, type RequestTokens } from "./request-tokens";
import { awaitDelivery, singleFlightRefresh } from "./single-flight-refresh";
import { RefreshRefusedError } from "./token-source";
import { tokenSourceFor } from "./token-source-for";

/**
 * Refreshes through the shared single flight at the session's token source and saves the result (a rotated
 * refresh token included); a refused refresh ends the session, anything else is transient.
 */
async function renewAccessToken(
  { signInMethod, presenter }: RequestTokens,
  refreshToken: string,
  failedAccessToken?: string,
): Promise<string> {
  try {
    const tokens = await singleFlightRefresh(tokenSourceFor(signInMethod), refreshToken, {
      presenter,
      failedAccessToken,
    });
    const stored = await storeRefreshedTokens(tokens);
    if (!stored && tokens.refreshToken) await awaitDelivery(refreshToken, presenter);
    return tokens.accessToken;
  } catch (error) {
    if (error instanceof RefreshRefusedError) throw sessionExpired();
    throw error;
  }
}

/**
 * Calls `call` with a valid access token. An access token that is missing or already expired is refreshed
 * first; a 401 leads to one refresh and one retry. At most one refresh and two calls happen per invocation, so
 * a backend that keeps answering 401 (a renamed or deleted user) ends the session instead of looping.
 * Throws a session-expired RequestFailure when the user must sign in again, ApiError for anything else.
 */
export async function apiWithAuth<T>(call: (accessToken: string) => Promise<T>): Promise<T> {
  const tokens = await readRequestTokens();
  const { accessToken: stored, refreshToken } = tokens;
  if (!refreshToken) throw sessionExpired();

  let refreshed = false;
  let accessToken = stored;
  if (!accessToken || expiresWithin(accessToken, 0)) {
    accessToken = await renewAccessToken(tokens, refreshToken);
    refreshed = true;
  }
  try {
    return await call(accessToken);
  } catch (error) {
    if (!hasHttpStatus(error, 401)) throw error;
    if (refreshed) throw sessionExpired();
  }

  const retryToken = await renewAccessToken(tokens, refreshToken, accessToken);
  try {
    return await call(retryToken);
  } catch (error) {
    if (hasHttpStatus(error, 401)) throw sessionExpired();
    throw error;
  }
}

/**
 * For FastAPI's optional-bearer routes (`POST /api/v1/tasks/task`): there a refused token is not a
 * 401 but an anonymous call, so a 401-driven refresh never happens and the work would silently be done as nobody
 * (another rate-limit bucket, no owner). So the token is made good up front instead: the session's access token
 * is refreshed first when it is missing, expired or within a minute of expiry (its `exp`, as the proxy reads it),
 * and `call` runs once, never retried. Without a session (no refresh token) `call` runs without a bearer, as the
 * route allows. A gateway function sends it with `headers: accessToken ? bearer(accessToken) : {}`.
 * Throws a session-expired RequestFailure when the refresh is refused, ApiError for anything else.
 */
export async function apiWithOptionalAuth<T>(
  call: (accessToken: string | undefined) => Promise<T>,
): Promise<T> {
  const tokens = await readRequestTokens();
  const { accessToken, refreshToken } = tokens;
  if (!refreshToken) return call(undefined);
  if (accessToken && !expiresWithin(accessToken, REFRESH_LEEWAY_SECONDS)) return call(accessToken);
  return call(await renewAccessToken(tokens, refreshToken));
}

/**
 * For calls that revoke the caller's own access token as a side effect (FastAPI's hard delete of a user): mints
 * and stores a new one right away, so the user stays signed in.
 */
export async function replaceRevokedAccessToken(revokedToken: string): Promise<void> {
  const tokens = await readRequestTokens();
  if (!tokens.refreshToken) throw sessionExpired();
  await renewAccessToken(tokens, tokens.refreshToken, revokedToken);
}

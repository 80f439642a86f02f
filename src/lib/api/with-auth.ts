// Server-only: runs a FastAPI call with the user's bearer token, refreshing once and retrying once on a 401.
import "server-only";

import { readRequestTokens, storeAccessToken } from "@/lib/auth/request-tokens";
import { SessionExpiredError } from "@/lib/auth/session-expired";
import { sharedRefresh } from "@/lib/auth/shared-refresh";
import { expiresWithin } from "@/lib/auth/jwt";

import { ApiError } from "./errors";

const isUnauthorized = (error: unknown) =>
  error instanceof ApiError && error.kind === "http" && error.status === 401;

/** Refreshes through the shared single flight and saves the result; a refused refresh ends the session. */
async function renewAccessToken(refreshToken: string, failedAccessToken?: string): Promise<string> {
  let accessToken: string;
  try {
    accessToken = await sharedRefresh(refreshToken, failedAccessToken);
  } catch (error) {
    // A 401 from /refresh means the refresh token is expired or revoked; anything else is transient.
    if (isUnauthorized(error)) throw new SessionExpiredError();
    throw error;
  }
  await storeAccessToken(accessToken);
  return accessToken;
}

/**
 * Calls `call` with a valid access token. An access token that is missing or already expired is refreshed
 * first; a 401 leads to one refresh and one retry. At most one refresh and two calls happen per invocation, so
 * a backend that keeps answering 401 (a renamed or deleted user) ends the session instead of looping.
 * Throws SessionExpiredError when the user must sign in again, ApiError for anything else.
 */
export async function apiWithAuth<T>(call: (accessToken: string) => Promise<T>): Promise<T> {
  const { accessToken: stored, refreshToken } = await readRequestTokens();
  if (!refreshToken) throw new SessionExpiredError();

  let refreshed = false;
  let accessToken = stored;
  if (!accessToken || expiresWithin(accessToken, 0)) {
    accessToken = await renewAccessToken(refreshToken);
    refreshed = true;
  }
  try {
    return await call(accessToken);
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
    if (refreshed) throw new SessionExpiredError();
  }

  const retryToken = await renewAccessToken(refreshToken, accessToken);
  try {
    return await call(retryToken);
  } catch (error) {
    if (isUnauthorized(error)) throw new SessionExpiredError();
    throw error;
  }
}

/**
 * For calls that revoke the caller's own access token as a side effect (FastAPI's hard delete of a user): mints
 * and stores a new one right away, so the user stays signed in.
 */
export async function replaceRevokedAccessToken(revokedToken: string): Promise<void> {
  const { refreshToken } = await readRequestTokens();
  if (!refreshToken) throw new SessionExpiredError();
  await renewAccessToken(refreshToken, revokedToken);
}

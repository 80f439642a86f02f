// Server-only: revokes the current tokens at FastAPI and clears our token cookies.
import "server-only";

import { logoutTokens } from "@/lib/api/auth";
import { ApiError } from "@/lib/api/errors";

import { expiresWithin } from "./jwt";
import { clearRequestTokens, readRequestTokens } from "./request-tokens";
import { sharedRefresh } from "./shared-refresh";

/**
 * Blacklists both tokens at FastAPI, refreshing first when the access token has expired (FastAPI's /logout
 * refuses an expired bearer and then revokes nothing). Always clears the token cookies. Returns whether FastAPI
 * confirmed the revocation; a session that was already dead counts as confirmed.
 */
export async function endFastapiSession(): Promise<boolean> {
  const { accessToken, refreshToken } = await readRequestTokens();
  try {
    if (!refreshToken) return true;
    const bearerToken =
      accessToken && !expiresWithin(accessToken, 5) ? accessToken : await sharedRefresh(refreshToken);
    await logoutTokens(bearerToken, refreshToken);
    return true;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // 401 means the tokens were already unusable: nothing is left to revoke.
    return error.kind === "http" && error.status === 401;
  } finally {
    await clearRequestTokens();
  }
}

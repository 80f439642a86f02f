// How long a refresh outcome is reused and remembered, the same in one process and across the fleet.
import { expiresWithin } from "./jwt";
import type { RefreshedTokens } from "./token-source";

/** How long a freshly minted access token is handed to late callers instead of refreshing again. */
export const REUSE_WINDOW_MS = 10_000;

/**
 * How long a rotated-out refresh token is remembered with its successor. A request still carrying it (sent before
 * the browser stored the new cookie) then refreshes with the successor instead of presenting a spent token, which
 * Keycloak and other rotating providers treat as token theft.
 */
export const SPENT_MEMORY_MS = 5 * 60_000;

/** Whether tokens minted at `mintedAt` may go to a caller instead of a new refresh: recent, unexpired, not the one that just failed. */
export const isReusable = (tokens: RefreshedTokens, mintedAt: number, failedAccessToken?: string) =>
  Date.now() - mintedAt < REUSE_WINDOW_MS &&
  tokens.accessToken !== failedAccessToken &&
  !expiresWithin(tokens.accessToken, 0);

// How long a refresh outcome is reused and remembered, and who may follow a rotation: the same in one process and
// across the fleet.
import { expiresWithin } from "./jwt";
import type { RefreshedTokens } from "./token-source";

/** How long a freshly minted access token is handed to late callers instead of refreshing again. */
export const REUSE_WINDOW_MS = 10_000;

/**
 * How long a rotated-out refresh token's successor is handed to the browser session that rotated it: a request of
 * that session still carrying the old cookie (sent before the browser stored the new one, or from a second tab
 * refreshing at the same moment) then continues with the successor instead of presenting a spent token, which
 * Keycloak and other rotating providers treat as token theft. The seconds of such a race, no more.
 */
export const SUCCESSOR_WINDOW_MS = 10_000;

/**
 * How long a rotated-out refresh token is remembered as spent. Presented again after the successor window, or
 * by another browser session, it is a stolen copy or a replay: it goes to the provider and its presenter is
 * signed out (spent-token.ts).
 */
export const SPENT_MEMORY_MS = 5 * 60_000;

/** Whether tokens minted at `mintedAt` may go to a caller instead of a new refresh: recent, unexpired, not the one that just failed. */
export const isReusable = (tokens: RefreshedTokens, mintedAt: number, failedAccessToken?: string) =>
  Date.now() - mintedAt < REUSE_WINDOW_MS &&
  tokens.accessToken !== failedAccessToken &&
  !expiresWithin(tokens.accessToken, 0);

/** One rotation as remembered: who rotated the token, when, and whether the successor reached the browser. */
export interface Rotation {
  presenter: string | null;
  mintedAt: number;
  /** Set when the successor could not be stored in the browser (a Server Component cannot set cookies). */
  undelivered?: boolean;
}

/**
 * Whether `presenter` may be handed the successor of a rotated token: only the browser session that rotated it,
 * within the seconds of a race, or for as long as the spent token is remembered when the successor never reached
 * that browser (then the spent token is all it has). A request without a session never is.
 */
export const mayFollowRotation = (presenter: string | null, rotation: Rotation) =>
  presenter !== null &&
  rotation.presenter === presenter &&
  Date.now() - rotation.mintedAt < (rotation.undelivered ? SPENT_MEMORY_MS : SUCCESSOR_WINDOW_MS);

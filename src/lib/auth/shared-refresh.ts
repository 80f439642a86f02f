// Server-only single-flight refresh: concurrent callers holding one refresh token share one /refresh call.
import "server-only";

import { refreshAccessToken } from "@/lib/api/auth";

import { expiresWithin } from "./jwt";

/** How long a freshly minted access token is handed to late callers instead of refreshing again. */
const REUSE_WINDOW_MS = 10_000;

const inFlight = new Map<string, Promise<string>>();
const recent = new Map<string, string>();

/**
 * A new access token for `refreshToken`. Callers arriving while a refresh runs share it; callers arriving just
 * after (their request was already on the wire) get the token it produced, unless that token is the one that
 * just failed for them or it has expired. Safe because FastAPI's /refresh does not rotate the refresh token.
 * Per process: several instances each refresh at most once per burst.
 */
export function sharedRefresh(refreshToken: string, failedAccessToken?: string): Promise<string> {
  const running = inFlight.get(refreshToken);
  if (running) return running;

  const reusable = recent.get(refreshToken);
  if (reusable && reusable !== failedAccessToken && !expiresWithin(reusable, 0)) {
    return Promise.resolve(reusable);
  }

  const refresh = refreshAccessToken(refreshToken)
    .then((accessToken) => {
      recent.set(refreshToken, accessToken);
      setTimeout(() => {
        if (recent.get(refreshToken) === accessToken) recent.delete(refreshToken);
      }, REUSE_WINDOW_MS).unref();
      return accessToken;
    })
    .finally(() => inFlight.delete(refreshToken));
  inFlight.set(refreshToken, refresh);
  return refresh;
}

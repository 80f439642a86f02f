// Reads a FastAPI JWT's expiry without verifying it: FastAPI verifies; we only decide when to refresh.
import { decodeJwt } from "jose";

/** The token's `exp` in Unix seconds, or undefined when the token is not a decodable JWT with an `exp`. */
export function readExpiry(token: string): number | undefined {
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === "number" ? exp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Refresh an access token this long before its `exp` (the proxy before a page, the optional-bearer calls before
 * theirs), so nothing starts with a token about to lapse.
 */
export const REFRESH_LEEWAY_SECONDS = 60;

/** Whether the token is missing, undecodable, or expires within `leewaySeconds` from now. */
export function expiresWithin(token: string | undefined, leewaySeconds: number, now = Date.now()): boolean {
  if (!token) return true;
  const exp = readExpiry(token);
  return exp === undefined || exp * 1000 - now <= leewaySeconds * 1000;
}

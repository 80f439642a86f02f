// Reading the backend's JWTs, and forging ones with its secret when the suite knows it.
import { TokenService, type TokenClaims } from "../../mocks/tokens";
import { target } from "./target";

function decodeSegment(token: string, index: 0 | 1): unknown {
  const segment = token.split(".")[index] ?? "";
  return JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
}

export const jwtHeader = (token: string) => decodeSegment(token, 0);
export const jwtClaims = (token: string) => decodeSegment(token, 1) as Record<string, unknown>;

export const nowInSeconds = () => Math.floor(Date.now() / 1000);

/** Signs claims with the backend's SECRET_KEY; null when it is unknown (a real backend without CONTRACT_JWT_SECRET). */
export const forger = target.jwtSecret === null ? null : new TokenService(target.jwtSecret);

export function forge(claims: TokenClaims): Promise<string> {
  if (forger === null) throw new Error("Forging tokens needs the backend's secret (CONTRACT_JWT_SECRET)");
  return forger.sign(claims);
}

/** A validly signed token from another key: rejected like any undecodable token. */
export const foreignToken = (claims: TokenClaims) => new TokenService("not-the-backend-secret").sign(claims);

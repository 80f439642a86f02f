// Tokens and session cookies an attacker could make: unsigned, signed with the wrong key, expired, re-encrypted.
import { symmetricDecodeJWT, symmetricEncodeJWT } from "better-auth/crypto";
import { SignJWT } from "jose";

import { SEED_DEMO } from "../../fixtures/seed";

/** Better Auth's salt for the session cookie's encryption key. */
const SESSION_SALT = "better-auth-session";

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const nowSeconds = () => Math.floor(Date.now() / 1000);

export interface TokenClaims {
  sub?: string;
  token_type: "access" | "refresh";
  /** Seconds from now; negative for an expired token. */
  expiresIn: number;
}

const claimsOf = ({ sub = SEED_DEMO.username, token_type, expiresIn }: TokenClaims) => ({
  sub,
  token_type,
  exp: nowSeconds() + expiresIn,
});

/** A JWT with `alg: none` and no signature, which a careless verifier accepts. */
export const unsignedToken = (claims: TokenClaims) =>
  `${base64url({ alg: "none", typ: "JWT" })}.${base64url(claimsOf(claims))}.`;

/** An HS256 JWT signed with `secret`: FastAPI's own key makes a genuine token, any other a forgery. */
export const signedToken = (claims: TokenClaims, secret: string) =>
  new SignJWT(claimsOf(claims))
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .sign(new TextEncoder().encode(secret));

/** The session cookie's contents re-encrypted under `secret`, valid for `expiresIn` seconds (negative = expired). */
export async function reencryptedSession(
  sessionData: string,
  { readWith, writeWith, expiresIn }: { readWith: string; writeWith: string; expiresIn: number },
): Promise<string> {
  const payload = await symmetricDecodeJWT<Record<string, unknown>>(sessionData, readWith, SESSION_SALT);
  if (!payload) throw new Error("the genuine session cookie did not decrypt");
  const { exp: _exp, iat: _iat, jti: _jti, ...contents } = payload;
  return symmetricEncodeJWT(contents, writeWith, SESSION_SALT, expiresIn);
}

/** The same string with its last characters changed, as a bit-flipping attacker would send it. */
export const tampered = (value: string) =>
  `${value.slice(0, -4)}${value.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;

// HS256 JWTs byte-compatible with the boilerplate's python-jose tokens, and python-jose's decode rules.
import { compactVerify, SignJWT } from "jose";

export type TokenType = "access" | "refresh";

/** Exactly the claims the backend puts in both tokens, in its order: no iat, jti or anything else. */
export interface TokenClaims {
  sub: string;
  /** Integer Unix seconds. */
  exp: number;
  token_type: TokenType;
}

const nowInSeconds = () => Math.floor(Date.now() / 1000);

export class TokenService {
  readonly #key: Uint8Array;

  constructor(secret: string) {
    this.#key = new TextEncoder().encode(secret);
  }

  /**
   * Signs the claims as given. With no iat/jti, two tokens for the same user and type minted in the
   * same second are byte-identical, as with the real backend.
   */
  sign(claims: TokenClaims): Promise<string> {
    const { sub, exp, token_type } = claims;
    return new SignJWT({ sub, exp, token_type })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .sign(this.#key);
  }

  issue(sub: string, tokenType: TokenType, ttlSeconds: number): Promise<string> {
    return this.sign({ sub, exp: nowInSeconds() + ttlSeconds, token_type: tokenType });
  }

  /**
   * python-jose's `jwt.decode`: HS256 signature, then `exp` (if present) must be an integer not in the
   * past, with no leeway (still valid during the second equal to `exp`). Returns null on any failure.
   */
  async decode(token: string): Promise<Record<string, unknown> | null> {
    let claims: unknown;
    try {
      const { payload } = await compactVerify(token, this.#key, { algorithms: ["HS256"] });
      claims = JSON.parse(new TextDecoder().decode(payload));
    } catch {
      return null;
    }
    if (typeof claims !== "object" || claims === null || Array.isArray(claims)) return null;
    const record = claims as Record<string, unknown>;
    if ("exp" in record && (!Number.isInteger(record.exp) || (record.exp as number) < nowInSeconds()))
      return null;
    return record;
  }
}

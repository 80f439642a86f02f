// What a refresh needs to know about where the tokens came from: FastAPI's /refresh or the OIDC provider.

/** The outcome of one refresh. */
export interface RefreshedTokens {
  accessToken: string;
  /** Set when the refresh token was rotated: the old one is spent and must never be sent again. */
  refreshToken?: string;
  /** Lifetime of the rotated refresh token, in seconds. */
  refreshMaxAge?: number;
}

/** Who asks for a refresh, and why: the presenter (spent-token.ts) and the access token just refused, if any. */
export interface RefreshRequest {
  presenter: string | null;
  failedAccessToken?: string;
}

/** One way to trade a refresh token for a new access token. */
export interface TokenSource {
  refresh(refreshToken: string): Promise<RefreshedTokens>;
}

/** The refresh token is expired, revoked or spent: the user must sign in again. Anything else is transient. */
export class RefreshRefusedError extends Error {
  constructor(cause?: unknown) {
    super("The refresh token was refused.", { cause });
    this.name = "RefreshRefusedError";
  }
}

// The boilerplate's auth dependencies (api/dependencies.py, core/security.py): bearer extraction, token
// verification against the blacklist, current user / superuser, and blacklisting.
import type { MockDatabase, UserRow } from "../db";
import { forbidden, HttpError, unauthorized, UnhandledServerError } from "../framework/errors";
import type { ResourceServer } from "../resource-server";
import type { TokenService, TokenType } from "../tokens";

export class AuthDependencies {
  constructor(
    private readonly db: MockDatabase,
    private readonly tokens: TokenService,
    /** Resource-server mode: also accept an OpenID Provider's tokens. */
    private readonly resourceServer?: ResourceServer,
  ) {}

  /**
   * FastAPI's OAuth2PasswordBearer: the text after `<scheme> ` when the scheme is `bearer` in any case.
   * Only this 401 carries WWW-Authenticate.
   */
  bearerToken(request: Request): string {
    const authorization = request.headers.get("authorization") ?? "";
    const space = authorization.indexOf(" ");
    const scheme = space === -1 ? authorization : authorization.slice(0, space);
    if (authorization === "" || scheme.toLowerCase() !== "bearer") {
      throw new HttpError(401, "Not authenticated", { "www-authenticate": "Bearer" });
    }
    return space === -1 ? "" : authorization.slice(space + 1);
  }

  /** `verify_token`: the token's `sub` if it is not blacklisted, decodes, and has the expected type. */
  async verifyToken(token: string, expectedType: TokenType): Promise<string | null> {
    if (this.db.tokenBlacklist.has(token)) return null;
    const claims = await this.tokens.decode(token);
    if (claims === null || typeof claims.sub !== "string" || claims.token_type !== expectedType) return null;
    return claims.sub;
  }

  /**
   * `get_current_user`: an active user found by the access token's `sub` (an e-mail if it has an `@`), or, in
   * resource-server mode, by a provider token's `preferred_username`.
   */
  async currentUser(request: Request): Promise<UserRow> {
    const token = this.bearerToken(request);
    if (this.resourceServer?.accepts(token)) {
      const user = await this.resourceServer.currentUser(this.db, token);
      if (!user) throw unauthorized("User not authenticated.");
      return user;
    }
    const subject = await this.verifyToken(token, "access");
    const user = subject === null ? undefined : this.db.activeUserByUsernameOrEmail(subject);
    if (!user) throw unauthorized("User not authenticated.");
    return user;
  }

  async currentSuperuser(request: Request): Promise<UserRow> {
    const user = await this.currentUser(request);
    if (!user.is_superuser) throw forbidden("You do not have enough privileges.");
    return user;
  }

  /** `get_optional_user`: the bearer's user, or undefined for a missing or unusable token. */
  async optionalUser(request: Request): Promise<UserRow | undefined> {
    try {
      return await this.currentUser(request);
    } catch (error) {
      if (error instanceof HttpError) return undefined;
      throw error;
    }
  }

  /**
   * `blacklist_token`: decodes the token (signature and expiry) and inserts it. Returns false when it
   * does not decode (python-jose's JWTError, which each caller handles its own way). The table's unique
   * constraint turns a second insert of the same token into a 500.
   */
  async blacklist(token: string): Promise<boolean> {
    const claims = await this.tokens.decode(token);
    if (claims === null) return false;
    // `datetime.fromtimestamp(payload.get("exp"))` raises TypeError for a token without `exp`.
    if (claims.exp === undefined || this.db.tokenBlacklist.has(token)) throw new UnhandledServerError();
    this.db.tokenBlacklist.add(token);
    return true;
  }
}

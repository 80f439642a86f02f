// The embedded FastAPI's resource-server mode: accepts an OpenID Provider's RS256 access tokens, verified through
// the provider's JWKS (signature, issuer, audience, expiry), and maps them to users.
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload } from "jose";

import { DEFAULT_PROFILE_IMAGE_URL, type MockDatabase, type UserRow } from "./db";

export interface ResourceServerOptions {
  issuer: string;
  audience: string;
  /** The realm role that makes a user a superuser (Keycloak's `realm_access.roles`). */
  adminRole?: string;
}

export class ResourceServer {
  readonly #options: Required<ResourceServerOptions>;
  #jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(options: ResourceServerOptions) {
    this.#options = { adminRole: "admin", ...options };
  }

  /** Provider tokens are RS256; the backend's own are HS256. */
  accepts(token: string): boolean {
    try {
      return decodeProtectedHeader(token).alg === "RS256";
    } catch {
      return false;
    }
  }

  /** The key set named by the provider's discovery document, looked up on first use. */
  async #keys() {
    if (!this.#jwks) {
      const response = await fetch(`${this.#options.issuer}/.well-known/openid-configuration`);
      const { jwks_uri } = (await response.json()) as { jwks_uri: string };
      this.#jwks = createRemoteJWKSet(new URL(jwks_uri));
    }
    return this.#jwks;
  }

  async #verify(token: string): Promise<JWTPayload | null> {
    try {
      const { payload } = await jwtVerify(token, await this.#keys(), {
        issuer: this.#options.issuer,
        audience: this.#options.audience,
        algorithms: ["RS256"],
      });
      return payload;
    } catch {
      return null;
    }
  }

  /**
   * The user a valid provider token stands for, found by `preferred_username` and created on first sight (as a
   * FastAPI behind Keycloak would); the superuser flag follows the token's realm roles. Undefined when invalid.
   */
  async currentUser(db: MockDatabase, token: string): Promise<UserRow | undefined> {
    const claims = await this.#verify(token);
    const username = claims?.preferred_username;
    if (!claims || typeof username !== "string") return undefined;
    const roles = (claims.realm_access as { roles?: unknown } | undefined)?.roles;
    const isSuperuser = Array.isArray(roles) && roles.includes(this.#options.adminRole);
    const user =
      db.activeUserByUsernameOrEmail(username) ??
      db.users.insert({
        name: typeof claims.name === "string" ? claims.name : username,
        username,
        email: typeof claims.email === "string" ? claims.email : `${username}@example.com`,
        password: "",
        profile_image_url: DEFAULT_PROFILE_IMAGE_URL,
        tier_id: null,
        is_superuser: isSuperuser,
        is_deleted: false,
        created_at: new Date(),
      });
    user.is_superuser = isSuperuser;
    return user;
  }
}

// A real OpenID Provider (the certified `oidc-provider` package) configured to behave like a Keycloak realm:
// RS256 JWT access tokens for FastAPI with `realm_access.roles`, rotating refresh tokens, RP-initiated logout.
import { randomBytes } from "node:crypto";

import { exportJWK, generateKeyPair } from "jose";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";

import { OIDC_ACCOUNTS, type OidcAccount } from "../../fixtures/oidc-accounts";

export interface IdentityProviderOptions {
  /** e.g. `http://127.0.0.1:8020`: what the tokens carry as `iss` and where discovery is served. */
  issuer: string;
  /** Public URL of the app, to register its callback and post-logout URIs. */
  appUrl: string;
  clientId: string;
  clientSecret: string;
  /** The `aud` of access tokens, which the resource server (FastAPI) checks. */
  audience: string;
  /** Read per token, so tests can shorten it at runtime. */
  accessTokenTtlSeconds: () => number;
}

/** The resource indicator (RFC 8707) the app's tokens are minted for; it must be an absolute URI. */
const FASTAPI_RESOURCE = "urn:embedded:fastapi";

/** The path Better Auth's generic OAuth plugin receives the code on (its provider id is `oidc`). */
export const APP_CALLBACK_PATH = "/api/auth/callback/oidc";
/** Where the provider sends the browser after RP-initiated logout. */
const APP_POST_LOGOUT_PATH = "/login?reason=signed-out";

const REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60;

const findOidcAccount = (sub: string) => OIDC_ACCOUNTS.find((account) => account.sub === sub);

/** The claims of one account; which of them a token carries is decided by its scopes. */
const accountClaims = ({ sub, account }: OidcAccount) => ({
  sub,
  email: account.email,
  email_verified: true,
  name: account.name,
  preferred_username: account.username,
});

/**
 * Keycloak's default logout page asks for confirmation unless an `id_token_hint` came along; with one it signs out
 * at once. This page submits the provider's own confirmation form (with its CSRF field) straight away; without
 * scripts it shows a button for it.
 */
function autoConfirmLogout(ctx: KoaContextWithOIDC, form: string): void {
  ctx.type = "html";
  ctx.body = `<!DOCTYPE html><html><head><title>Signing out</title></head><body>
    ${form}<input type="hidden" form="op.logoutForm" name="logout" value="yes">
    <p>Signing out…</p><script>document.getElementById("op.logoutForm").submit()</script>
    <noscript><button type="submit" form="op.logoutForm">Yes, sign me out</button></noscript></body></html>`;
}

export async function createIdentityProvider(options: IdentityProviderOptions): Promise<Provider> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: "RS256", use: "sig", kid: "embedded-rs256" };

  const resourceServer = () => ({
    scope: "api",
    audience: options.audience,
    accessTokenTTL: options.accessTokenTtlSeconds(),
    accessTokenFormat: "jwt" as const,
    jwt: { sign: { alg: "RS256" as const } },
  });

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${options.appUrl}${APP_CALLBACK_PATH}`],
        post_logout_redirect_uris: [`${options.appUrl}${APP_POST_LOGOUT_PATH}`],
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "preferred_username"] },
    // Scope claims go into the ID token too (as Keycloak does), so the app needs no userinfo call.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => {
      const account = findOidcAccount(sub);
      return account ? { accountId: sub, claims: () => accountClaims(account) } : undefined;
    },
    // Keycloak puts realm roles and the username in the access token, not in the ID token.
    extraTokenClaims: (_ctx, token) => {
      const account = "accountId" in token && token.accountId ? findOidcAccount(token.accountId) : undefined;
      if (!account) return undefined;
      const { sub: _sub, ...claims } = accountClaims(account);
      return { ...claims, realm_access: { roles: [...account.roles] } };
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource: autoConfirmLogout },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => FASTAPI_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => resourceServer(),
      },
    },
    // Like Keycloak: a refresh token with every code exchange, and a new one on every refresh. The provider
    // revokes the whole grant when a rotated-out refresh token is used again.
    issueRefreshToken: () => true,
    rotateRefreshToken: () => true,
    pkce: { required: () => true },
    ttl: {
      AccessToken: () => options.accessTokenTtlSeconds(),
      IdToken: 3600,
      RefreshToken: REFRESH_TOKEN_TTL_SECONDS,
      Session: REFRESH_TOKEN_TTL_SECONDS,
      Grant: REFRESH_TOKEN_TTL_SECONDS,
      Interaction: 600,
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  };

  return new Provider(options.issuer, configuration);
}

// Server-only Better Auth plugin: completes an OpenID Connect sign-in started by the generic OAuth plugin, and
// turns the provider's tokens into the same stateless session as the password sign-in.
import "server-only";

import type { BetterAuthPlugin } from "better-auth";
import { createAuthEndpoint } from "better-auth/api";
import { getOAuthCallbackPath, parseState } from "better-auth/oauth2";
import { decodeJwt } from "jose";
import * as z from "zod";

import { oidc } from "@/env";
import { ApiError } from "@/lib/api/errors";
import { readCurrentUser } from "@/lib/api/users";

import { OidcSignInError } from "./oidc-sign-in-error";
import { isAdministrator } from "./role-mapping";
import { SESSION_MAX_AGE_SECONDS } from "./session-config";
import { accessTokenCookie, idTokenCookie, refreshTokenCookie } from "./token-cookies";
import { writeSession } from "./write-session";

/** The generic OAuth provider id; it names the callback path `/api/auth/callback/oidc`. */
export const OIDC_PROVIDER_ID = "oidc";

const callbackQuery = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
});

/** The claims of a JWT, or none for an opaque token. */
function claimsOf(token: string): Record<string, unknown> {
  try {
    return decodeJwt(token);
  } catch {
    return {};
  }
}

const refused = (detail: string) => new OidcSignInError("refused", detail);

export const oidcSession = () =>
  ({
    id: "oidc-session",
    endpoints: {
      /**
       * Server-only: the route handler at the callback path calls it with the provider's answer. Runs the same
       * checks as Better Auth's own callback (state cookie, issuer, code with PKCE, ID token signature, issuer,
       * audience, expiry and nonce), but writes no user, account or session into Better Auth's in-memory store:
       * it builds the cookie-only session itself. Returns where to go next; throws OidcSignInError.
       */
      completeOidcSignIn: createAuthEndpoint.serverOnly(
        { method: "GET", query: callbackQuery },
        async (ctx) => {
          const provider = ctx.context.socialProviders.find(({ id }) => id === OIDC_PROVIDER_ID);
          if (!oidc || !provider) throw new OidcSignInError("unavailable", "no provider is configured");

          // Validates `state` against the encrypted state cookie and expires the cookie, so a replay fails.
          // On failure Better Auth throws a redirect to its own error page; we answer with ours instead.
          const state = await parseState(ctx).catch(() => null);
          if (!state) throw refused("state does not match this browser's sign-in");
          const { code, iss, error } = ctx.query;
          if (error) throw refused(`the provider answered ${error}`);
          if (!code) throw refused("no authorization code");
          if (iss && provider.issuer && iss !== provider.issuer) throw refused("issuer mismatch");
          if (provider.requiresIdTokenNonce && !state.idTokenNonce) throw refused("no nonce in state");

          const tokens = await provider
            .validateAuthorizationCode({
              code,
              codeVerifier: state.codeVerifier,
              redirectURI: `${ctx.context.baseURL}${getOAuthCallbackPath(provider)}`,
            })
            .catch(() => null);
          if (!tokens?.accessToken || !tokens.idToken || !tokens.refreshToken) {
            throw refused("the code exchange failed");
          }
          const { accessToken, idToken, refreshToken } = tokens;
          // Verifies the ID token's signature (JWKS), issuer, audience, expiry and nonce; null when any fails.
          const verified = await provider.getUserInfo({
            ...tokens,
            expectedIdTokenNonce: state.idTokenNonce,
          });
          if (!verified) throw refused("the ID token failed verification");

          let profile;
          try {
            profile = await readCurrentUser(accessToken);
          } catch (cause) {
            if (cause instanceof ApiError && !cause.isTransient) {
              throw new OidcSignInError(
                "unavailable",
                `FastAPI refused the provider's token (${cause.message})`,
              );
            }
            throw new OidcSignInError("unavailable", "FastAPI could not be reached");
          }

          const lifetimeSeconds = tokens.refreshTokenExpiresAt
            ? Math.floor((tokens.refreshTokenExpiresAt.getTime() - Date.now()) / 1000)
            : SESSION_MAX_AGE_SECONDS;
          await writeSession(ctx, {
            profile,
            // Roles come from the verified ID token and from the access token the token endpoint just handed us
            // (Keycloak puts realm roles only there). FastAPI still enforces every admin call itself.
            isSuperuser: isAdministrator([claimsOf(idToken), claimsOf(accessToken)], oidc),
            signInMethod: "oidc",
            lifetimeSeconds,
            tokenCookies: [
              accessTokenCookie(accessToken),
              refreshTokenCookie(refreshToken, lifetimeSeconds),
              idTokenCookie(idToken, lifetimeSeconds),
            ],
          });
          return ctx.json({ callbackURL: state.callbackURL });
        },
      ),
    },
  }) satisfies BetterAuthPlugin;

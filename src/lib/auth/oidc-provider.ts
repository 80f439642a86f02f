// Server-only: the OpenID Connect provider as Better Auth's generic OAuth plugin sees it (none when unconfigured).
import "server-only";

import { genericOAuth } from "better-auth/plugins/generic-oauth";

import { oidc } from "@/env";

import { OIDC_PROVIDER_ID } from "./oidc-session-plugin";

/**
 * Authorization code flow with PKCE and a nonce, the client secret sent by HTTP Basic from the server only. The
 * endpoints and keys come from discovery; `requireIdTokenVerification` skips the provider rather than accept ID
 * tokens it cannot verify.
 */
export const oidcProviderPlugin = () =>
  genericOAuth({
    config: oidc
      ? [
          {
            providerId: OIDC_PROVIDER_ID,
            name: oidc.name,
            discoveryUrl: `${oidc.issuer}/.well-known/openid-configuration`,
            clientId: oidc.clientId,
            clientSecret: oidc.clientSecret,
            authentication: "basic",
            scopes: ["openid", "profile", "email"],
            pkce: true,
            requireIdTokenVerification: true,
          },
        ]
      : [],
  });

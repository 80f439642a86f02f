// Server-only: ends the session where its tokens came from (FastAPI or the OIDC provider) and clears our cookies.
import "server-only";

import { env, oidc } from "@/env";
import { logoutTokens } from "@/lib/api/auth";
import { ApiError } from "@/lib/api/errors";

import { fastapiTokenSource } from "./fastapi-token-source";
import { expiresWithin } from "./jwt";
import { loginPathFor } from "./login-notices";
import { oidcEndpoints } from "./oidc-endpoints";
import { clearRequestTokens, readRequestTokens } from "./request-tokens";
import { forgetRefreshes, singleFlightRefresh } from "./single-flight-refresh";
import { RefreshRefusedError } from "./token-source";

/**
 * Blacklists both tokens at FastAPI, refreshing first when the access token has expired (FastAPI's /logout
 * refuses an expired bearer and then revokes nothing). Always clears the token cookies. Returns whether FastAPI
 * confirmed the revocation; a session that was already dead counts as confirmed.
 */
export async function endFastapiSession(): Promise<boolean> {
  const { accessToken, refreshToken, presenter } = await readRequestTokens();
  try {
    if (!refreshToken) return true;
    const bearerToken =
      accessToken && !expiresWithin(accessToken, 5)
        ? accessToken
        : (await singleFlightRefresh(fastapiTokenSource, refreshToken, { presenter })).accessToken;
    await logoutTokens(bearerToken, refreshToken);
    return true;
  } catch (error) {
    // A refused refresh or a 401 means the tokens were already unusable: nothing is left to revoke.
    if (error instanceof RefreshRefusedError) return true;
    if (!(error instanceof ApiError)) throw error;
    return error.kind === "http" && error.status === 401;
  } finally {
    if (refreshToken) await forgetRefreshes(refreshToken);
    await clearRequestTokens();
  }
}

/**
 * The provider's RP-initiated logout URL (OpenID Connect RP-Initiated Logout 1.0): it ends the provider's own
 * session, so the next "Sign in with…" asks for credentials again, and comes back to our login page. Undefined
 * when the provider has no end_session_endpoint or cannot be reached.
 */
async function providerLogoutUrl(idToken: string | undefined): Promise<string | undefined> {
  if (!oidc) return undefined;
  const { end_session_endpoint } = await oidcEndpoints(oidc.issuer).catch(() => ({
    end_session_endpoint: undefined,
  }));
  if (!end_session_endpoint) return undefined;
  const url = new URL(end_session_endpoint);
  if (idToken) url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("client_id", oidc.clientId);
  url.searchParams.set("post_logout_redirect_uri", new URL(loginPathFor("signed-out"), env.APP_URL).href);
  return url.href;
}

/**
 * Ends the current session at its source and clears every token cookie. Returns where to send the browser: the
 * provider's logout page for an OIDC session, else our login page saying whether FastAPI confirmed the sign-out.
 */
export async function endSession(): Promise<string> {
  const { signInMethod, idToken, refreshToken } = await readRequestTokens();
  if (signInMethod === "password") {
    return loginPathFor((await endFastapiSession()) ? "signed-out" : "signed-out-locally");
  }
  if (refreshToken) await forgetRefreshes(refreshToken);
  await clearRequestTokens();
  return (await providerLogoutUrl(idToken)) ?? loginPathFor("signed-out-locally");
}

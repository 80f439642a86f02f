// Runs the authorization code flow against the embedded OpenID Provider without a browser, for tests that need
// real provider tokens (a rotating refresh token above all).
import { createHash, randomBytes } from "node:crypto";

import { EMBEDDED_OIDC_CLIENT, type OidcAccount } from "../../fixtures/oidc-accounts";
import { APP_CALLBACK_PATH } from "../../mocks/identity-provider/provider";

/** A cookie jar for one user agent: enough for the provider's interaction and session cookies. */
class CookieJar {
  #cookies = new Map<string, string>();
  keep(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const separator = pair.indexOf("=");
      this.#cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
  }
  get header() {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

export async function providerTokens(issuer: string, appUrl: string, { account, sub }: OidcAccount) {
  const redirectUri = `${appUrl}${APP_CALLBACK_PATH}`;
  const verifier = randomBytes(32).toString("base64url");
  const authorize = new URL(`${issuer}/auth`);
  for (const [name, value] of Object.entries({
    client_id: EMBEDDED_OIDC_CLIENT.clientId,
    response_type: "code",
    scope: "openid profile email",
    redirect_uri: redirectUri,
    state: randomBytes(8).toString("hex"),
    nonce: randomBytes(8).toString("hex"),
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  })) {
    authorize.searchParams.set(name, value);
  }

  const jar = new CookieJar();
  const follow = async (url: URL, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...init.headers, cookie: jar.header },
    });
    jar.keep(response);
    return new URL(response.headers.get("location") ?? "", issuer);
  };
  const interaction = await follow(authorize);
  let location = await follow(new URL(`${interaction.href}/login`), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username: account.username, password: account.password }),
  });
  // Back to /auth, through the silent consent, and out to the app's callback with the code.
  while (!location.href.startsWith(redirectUri)) location = await follow(location);
  const code = location.searchParams.get("code");
  if (!code) throw new Error(`no code for ${sub}: ${location.href}`);

  const response = await fetch(`${issuer}/token`, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${EMBEDDED_OIDC_CLIENT.clientId}:${EMBEDDED_OIDC_CLIENT.clientSecret}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  const body = (await response.json()) as { access_token: string; refresh_token: string; id_token: string };
  return { accessToken: body.access_token, refreshToken: body.refresh_token, idToken: body.id_token };
}

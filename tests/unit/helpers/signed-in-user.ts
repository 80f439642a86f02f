// Signs a brand-new user in against the embedded backend and puts their tokens in the fake browser's cookies.
import { SignJWT } from "jose";

import { loginWithPassword, type FastapiTokens } from "@/lib/api/auth";
import { createUser } from "@/lib/api/users";

import { requestScope } from "../../setup/next-request-scope";

let counter = 0;

/**
 * A unique user per call: FastAPI's tokens carry no iat/jti, so two sign-ins of one user in the same second
 * yield identical tokens, which would let one test's refresh serve another's.
 */
export async function signInNewUser(): Promise<FastapiTokens & { username: string }> {
  counter += 1;
  const username = `tester${counter}`;
  const password = "Tester-Passw0rd";
  await createUser({ name: "Test User", username, email: `${username}@example.com`, password });
  const tokens = await loginWithPassword(username, password);
  requestScope.browserCookies.set("access_token", tokens.accessToken);
  requestScope.browserCookies.set("refresh_token", tokens.refreshToken);
  return { ...tokens, username };
}

/** A well-formed, unexpired access token FastAPI will refuse (wrong signature): a stand-in for a revoked one. */
export function refusedAccessToken(username: string): Promise<string> {
  return new SignJWT({ sub: username, token_type: "access" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode("not-the-backend-secret"));
}

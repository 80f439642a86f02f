// Server-only Better Auth instance: stateless sessions in an encrypted cookie, no database (docs/authentication.md).
import "server-only";

import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";

import { env, isSecureApp } from "@/env";

import { SESSION_COOKIE_PREFIX, SESSION_MAX_AGE_SECONDS } from "./session-config";
import { fastapiSession } from "./fastapi-session-plugin";
import { oidcProviderPlugin } from "./oidc-provider";
import { oidcSession } from "./oidc-session-plugin";

export const auth = betterAuth({
  appName: "Next FastAPI Auth",
  baseURL: env.APP_URL,
  secret: env.BETTER_AUTH_SECRET,
  session: {
    expiresIn: SESSION_MAX_AGE_SECONDS,
    // The cookie is the only copy of the session, so it must outlive nothing and never slide: its lifetime
    // is the refresh token's, fixed at sign-in.
    cookieCache: { enabled: true, strategy: "jwe", maxAge: SESSION_MAX_AGE_SECONDS, refreshCache: false },
  },
  user: {
    additionalFields: {
      username: { type: "string", input: false },
      tierId: { type: "number", required: false, input: false },
      isSuperuser: { type: "boolean", input: false, defaultValue: false },
      signInMethod: { type: "string", input: false, defaultValue: "password" },
    },
  },
  advanced: { useSecureCookies: isSecureApp, cookiePrefix: SESSION_COOKIE_PREFIX },
  // IMPORTANT: nextCookies() must stay the last plugin: it copies every Set-Cookie into the action's response.
  plugins: [fastapiSession(), oidcProviderPlugin(), oidcSession(), nextCookies()],
});

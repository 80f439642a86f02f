// Session cookie settings shared by the Better Auth instance and the proxy, which reads the cookie directly.
import { env, isSecureApp } from "@/env";

export const SESSION_COOKIE_PREFIX = "better-auth";

/**
 * Upper bound of a session, in seconds: FastAPI's default refresh-token lifetime (7 days). Each session ends
 * earlier when FastAPI's refresh cookie does.
 */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/** What `getCookieCache` needs to decrypt the session cookie outside a Better Auth endpoint. */
export const sessionCookieReader = {
  cookiePrefix: SESSION_COOKIE_PREFIX,
  isSecure: isSecureApp,
  secret: env.BETTER_AUTH_SECRET,
  strategy: "jwe",
} as const;

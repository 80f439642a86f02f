// Session cookie settings shared by the Better Auth instance and the proxy, which reads the cookie directly.
import { env, isSecureApp } from "@/env";

export const SESSION_COOKIE_PREFIX = "better-auth";

/**
 * Upper bound of a session, in seconds: FastAPI's default refresh-token lifetime (7 days). Each session ends
 * earlier when FastAPI's refresh cookie does.
 */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/**
 * The cookie holding the encrypted session (Better Auth's cookie cache): `<prefix>.session_data`, with the
 * `__Secure-` prefix Better Auth adds when the app runs on https.
 */
export const SESSION_DATA_COOKIE = `${isSecureApp ? "__Secure-" : ""}${SESSION_COOKIE_PREFIX}.session_data`;

/** What `getCookieCache` needs to decrypt the session cookie outside a Better Auth endpoint. */
export const sessionCookieReader = {
  cookiePrefix: SESSION_COOKIE_PREFIX,
  isSecure: isSecureApp,
  secret: env.BETTER_AUTH_SECRET,
  strategy: "jwe",
} as const;

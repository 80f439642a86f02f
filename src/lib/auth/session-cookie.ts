// Reads the encrypted session cookie for the proxy and the data layer, decrypting each distinct cookie once per process.
import { getCookieCache } from "better-auth/cookies";

import type { auth } from "./server";
import { SESSION_DATA_COOKIE, sessionCookieReader } from "./session-config";

/** The decrypted cookie: Better Auth's cookie-cache payload, whose user carries this app's extra fields. */
export type SessionCookie = NonNullable<Awaited<ReturnType<typeof getCookieCache>>> &
  typeof auth.$Infer.Session;

/** A request's cookies as both the proxy (`request.cookies`) and Server Components (`cookies()`) offer them. */
export interface RequestCookieJar {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string; value: string }[];
}

/**
 * Decrypting the cookie derives a key, hashes a thumbprint and runs AES-CBC + HMAC through WebCrypto, and a
 * signed-in browser sends the same cookie with every request, so the outcome is remembered per cookie value. It
 * is an authenticated JWE: only the exact bytes the app issued decrypt, and only what decrypted is remembered.
 * The expiry is checked again on every read. The oldest entries go first once the limit is reached.
 */
const REMEMBERED_LIMIT = 1_000;
const remembered = new Map<string, SessionCookie>();

/** The cookie's value; Better Auth splits one over 4 KB into `<name>.0`, `<name>.1`… */
function sessionDataOf(jar: RequestCookieJar): string | undefined {
  const whole = jar.get(SESSION_DATA_COOKIE)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter(({ name }) => name.startsWith(`${SESSION_DATA_COOKIE}.`))
    .map(({ name, value }) => ({ index: Number(name.slice(SESSION_DATA_COOKIE.length + 1)), value }))
    .filter(({ index }) => Number.isInteger(index))
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map(({ value }) => value).join("") : undefined;
}

/** What getCookieCache checks after decrypting: the JWE's `exp` and the session's own `expiresAt`. */
function hasExpired(session: SessionCookie, now = Date.now()): boolean {
  const jweExpiry = (session as { exp?: unknown }).exp;
  const sessionExpiry = new Date(session.session.expiresAt).getTime();
  return (typeof jweExpiry === "number" && jweExpiry * 1000 <= now) || sessionExpiry <= now;
}

async function decrypt(value: string): Promise<SessionCookie | null> {
  const cookie = `${SESSION_DATA_COOKIE}=${value}`;
  return getCookieCache<SessionCookie>(new Headers({ cookie }), sessionCookieReader).catch(() => null);
}

/** The session the request's cookie holds, or null when there is none or it is forged, garbled or expired. */
export async function readSessionCookie(jar: RequestCookieJar): Promise<SessionCookie | null> {
  const value = sessionDataOf(jar);
  if (!value) return null;
  const known = remembered.get(value);
  if (known) {
    remembered.delete(value);
    if (hasExpired(known)) return null;
    remembered.set(value, known);
    return known;
  }
  const session = await decrypt(value);
  if (!session) return null;
  remembered.set(value, session);
  if (remembered.size > REMEMBERED_LIMIT) remembered.delete(remembered.keys().next().value as string);
  return session;
}

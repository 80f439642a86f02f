// Server-only access to the token cookies of the current request (Server Components, actions, route handlers).
import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";

import { readSessionCookie } from "./session-cookie";
import { signInMethodOf, type SignInMethod } from "./sign-in-method";
import { refreshPresenterOf } from "./spent-token";
import type { RefreshedTokens } from "./token-source";
import {
  ACCESS_TOKEN_COOKIE,
  ID_TOKEN_COOKIE,
  REFRESH_TOKEN_COOKIE,
  clearedTokenCookies,
  refreshedTokenCookies,
  type CookieSpec,
} from "./token-cookies";

export interface RequestTokens {
  accessToken: string | undefined;
  refreshToken: string | undefined;
  /** The OIDC provider's ID token; absent for password sessions. */
  idToken: string | undefined;
  /** Read from the encrypted session: a garbled or missing session counts as a password sign-in. */
  signInMethod: SignInMethod;
  /** Who presents the refresh token (spent-token.ts): the browser session, null without a readable one. */
  presenter: string | null;
}

/**
 * The request's session cookie, decrypted once per render (React's cache) for the viewer and every token read of
 * that render. Outside a render (a route handler) each call reads it again, which readSessionCookie makes cheap.
 */
export const readRequestSession = cache(async () => readSessionCookie(await cookies()));

export async function readRequestTokens(): Promise<RequestTokens> {
  const [jar, session] = await Promise.all([cookies(), readRequestSession()]);
  return {
    accessToken: jar.get(ACCESS_TOKEN_COOKIE)?.value || undefined,
    refreshToken: jar.get(REFRESH_TOKEN_COOKIE)?.value || undefined,
    idToken: jar.get(ID_TOKEN_COOKIE)?.value || undefined,
    signInMethod: signInMethodOf(session?.user),
    presenter: refreshPresenterOf(session),
  };
}

/**
 * Writes cookies when the request may (actions and route handlers) and says whether it did. A Server Component
 * may not: there the write is skipped, the new token serves this render only, and the proxy stores the next one
 * it mints.
 */
async function writeCookies(specs: CookieSpec[]): Promise<boolean> {
  const jar = await cookies();
  try {
    for (const { name, value, options } of specs) jar.set(name, value, options);
    return true;
  } catch (error) {
    if (error instanceof Error && error.message.includes("Cookies can only be modified")) return false;
    throw error;
  }
}

/** Whether the browser will keep them: false in a Server Component. */
export const storeRefreshedTokens = (tokens: RefreshedTokens) => writeCookies(refreshedTokenCookies(tokens));

export const clearRequestTokens = () => writeCookies(clearedTokenCookies());

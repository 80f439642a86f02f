// Server-only access to the token cookies of the current request (Server Components, actions, route handlers).
import "server-only";

import { cookies } from "next/headers";

import {
  ACCESS_TOKEN_COOKIE,
  REFRESH_TOKEN_COOKIE,
  accessTokenCookie,
  clearedTokenCookies,
  type CookieSpec,
} from "./token-cookies";

export interface RequestTokens {
  accessToken: string | undefined;
  refreshToken: string | undefined;
}

export async function readRequestTokens(): Promise<RequestTokens> {
  const jar = await cookies();
  return {
    accessToken: jar.get(ACCESS_TOKEN_COOKIE)?.value || undefined,
    refreshToken: jar.get(REFRESH_TOKEN_COOKIE)?.value || undefined,
  };
}

/**
 * Writes cookies when the request may (actions and route handlers). A Server Component may not: there the
 * write is skipped, the new token serves this render only, and the proxy stores the next one it mints.
 */
async function writeCookies(specs: CookieSpec[]): Promise<void> {
  const jar = await cookies();
  try {
    for (const { name, value, options } of specs) jar.set(name, value, options);
  } catch (error) {
    if (error instanceof Error && error.message.includes("Cookies can only be modified")) return;
    throw error;
  }
}

export const storeAccessToken = (accessToken: string) => writeCookies([accessTokenCookie(accessToken)]);

export const clearRequestTokens = () => writeCookies(clearedTokenCookies());

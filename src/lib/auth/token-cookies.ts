// Names and attributes of the cookies that carry FastAPI's tokens (DESIGN §2), shared by every writer.
import { isSecureApp } from "@/env";

import { readExpiry } from "./jwt";

/** `__Host-` pins a cookie to our exact origin over https; browsers refuse the prefix on http. */
const prefix = isSecureApp ? "__Host-" : "";

export const ACCESS_TOKEN_COOKIE = `${prefix}access_token`;
export const REFRESH_TOKEN_COOKIE = `${prefix}refresh_token`;

export interface CookieSpec {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number };
}

const spec = (name: string, value: string, maxAge: number): CookieSpec => ({
  name,
  value,
  options: { httpOnly: true, sameSite: "lax", path: "/", secure: isSecureApp, maxAge: Math.max(0, maxAge) },
});

/** The access token lives exactly as long as the JWT's own `exp`. */
export function accessTokenCookie(accessToken: string, now = Date.now()): CookieSpec {
  const exp = readExpiry(accessToken);
  const maxAge = exp === undefined ? 0 : Math.floor(exp - now / 1000);
  return spec(ACCESS_TOKEN_COOKIE, accessToken, maxAge);
}

/** The refresh token keeps the lifetime FastAPI gave its own cookie. */
export function refreshTokenCookie(refreshToken: string, maxAge: number): CookieSpec {
  return spec(REFRESH_TOKEN_COOKIE, refreshToken, maxAge);
}

/** Cookies that, once set, delete both token cookies in the browser. */
export const clearedTokenCookies = (): CookieSpec[] => [
  spec(ACCESS_TOKEN_COOKIE, "", 0),
  spec(REFRESH_TOKEN_COOKIE, "", 0),
];

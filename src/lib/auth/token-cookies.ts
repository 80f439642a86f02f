// Names and attributes of the cookies that carry FastAPI's tokens (docs/authentication.md#cookies), shared by every writer.
import { isSecureApp } from "@/env";

import { readExpiry } from "./jwt";

/** `__Host-` pins a cookie to our exact origin over https; browsers refuse the prefix on http. */
const prefix = isSecureApp ? "__Host-" : "";

export const ACCESS_TOKEN_COOKIE = `${prefix}access_token`;
export const REFRESH_TOKEN_COOKIE = `${prefix}refresh_token`;
/** The OIDC provider's ID token, kept only as the `id_token_hint` of the provider sign-out. */
export const ID_TOKEN_COOKIE = `${prefix}id_token`;

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

/** The refresh token keeps the lifetime its issuer gave it (FastAPI's cookie Max-Age, the provider's expiry). */
export function refreshTokenCookie(refreshToken: string, maxAge: number): CookieSpec {
  return spec(REFRESH_TOKEN_COOKIE, refreshToken, maxAge);
}

/** The ID token lives as long as the session it may end. */
export function idTokenCookie(idToken: string, maxAge: number): CookieSpec {
  return spec(ID_TOKEN_COOKIE, idToken, maxAge);
}

/** Cookies that, once set, delete every token cookie in the browser. */
export const clearedTokenCookies = (): CookieSpec[] => [
  spec(ACCESS_TOKEN_COOKIE, "", 0),
  spec(REFRESH_TOKEN_COOKIE, "", 0),
  spec(ID_TOKEN_COOKIE, "", 0),
];

/** The cookies that store the outcome of a refresh: the access token, and the refresh token if it rotated. */
export function refreshedTokenCookies(tokens: {
  accessToken: string;
  refreshToken?: string;
  refreshMaxAge?: number;
}): CookieSpec[] {
  const cookies = [accessTokenCookie(tokens.accessToken)];
  if (tokens.refreshToken && tokens.refreshMaxAge) {
    cookies.push(refreshTokenCookie(tokens.refreshToken, tokens.refreshMaxAge));
  }
  return cookies;
}

// Security headers on every response, plus the optimistic gate and main refresh point for protected pages
// (docs/authentication.md, docs/security.md). Not a security boundary: the data layer re-checks every request, because advisories have let
// requests skip the proxy.
import { NextResponse, type NextRequest } from "next/server";

import { env, isSecureApp, oidc } from "@/env";
import { REFRESH_LEEWAY_SECONDS, expiresWithin } from "@/lib/auth/jwt";
import {
  hasMalformedEscape,
  isAuthPagePath,
  isBuildAssetPath,
  isProtectedPath,
} from "@/lib/auth/route-rules";
import type { LoginReason } from "@/lib/auth/login-notices";
import { readSessionCookie } from "@/lib/auth/session-cookie";
import { singleFlightRefresh } from "@/lib/auth/single-flight-refresh";
import { signInMethodOf, type SignInMethod } from "@/lib/auth/sign-in-method";
import { refreshPresenterOf } from "@/lib/auth/spent-token";
import { REQUEST_ID_HEADER, requestIdFor, withRequestId } from "@/lib/request-id";
import { contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";
import { applySecurityHeaders } from "@/lib/security/security-headers";
import {
  ACCESS_TOKEN_COOKIE,
  REFRESH_TOKEN_COOKIE,
  clearedTokenCookies,
  refreshedTokenCookies,
} from "@/lib/auth/token-cookies";
import { RefreshRefusedError, type RefreshedTokens } from "@/lib/auth/token-source";
import { tokenSourceFor } from "@/lib/auth/token-source-for";

interface SignedIn {
  signInMethod: SignInMethod;
  /** Who presents the refresh token (spent-token.ts). */
  presenter: string | null;
}

/** How the signed-in user signed in, or null without a session (or without the refresh token it lives on). */
async function readSession(request: NextRequest): Promise<SignedIn | null> {
  if (!request.cookies.get(REFRESH_TOKEN_COOKIE)?.value) return null;
  // Read the cookie directly: auth.api.* would let nextCookies() overwrite this response's cookies.
  const session = await readSessionCookie(request.cookies);
  return session
    ? { signInMethod: signInMethodOf(session.user), presenter: refreshPresenterOf(session) }
    : null;
}

/** Lets the request through with its (possibly amended) headers, so the render sees the CSP and new cookies. */
const continueRequest = (request: NextRequest) =>
  NextResponse.next({ request: { headers: request.headers } });

/**
 * A server action posted from a protected page. It is never redirected, because a redirect would navigate away
 * and lose the form: the action checks the session itself (data layer) and answers a typed "session expired".
 */
const isServerAction = (request: NextRequest) =>
  request.method === "POST" && request.headers.has("next-action");

function redirectToLogin(request: NextRequest): NextResponse {
  const login = new URL("/login", request.url);
  login.searchParams.set("next", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

/**
 * Refreshes an access token that is missing or near expiry, at the session's token source. The new tokens (a
 * rotated refresh token included) go on the request, so this very render uses them, and on the response, so the
 * browser keeps them. A refused refresh signs the user out (a server action goes through and reports it); an
 * unreachable backend or provider lets the request through, and the page says the service is unavailable.
 */
async function refreshIfNeeded(
  request: NextRequest,
  { signInMethod, presenter }: SignedIn,
): Promise<NextResponse> {
  const refreshToken = request.cookies.get(REFRESH_TOKEN_COOKIE)?.value ?? "";
  if (!expiresWithin(request.cookies.get(ACCESS_TOKEN_COOKIE)?.value, REFRESH_LEEWAY_SECONDS)) {
    return continueRequest(request);
  }
  let tokens: RefreshedTokens;
  try {
    tokens = await singleFlightRefresh(tokenSourceFor(signInMethod), refreshToken, { presenter });
  } catch (error) {
    if (error instanceof RefreshRefusedError && !isServerAction(request)) {
      const response = redirectToLogin(request);
      for (const cookie of clearedTokenCookies())
        response.cookies.set(cookie.name, cookie.value, cookie.options);
      return response;
    }
    return continueRequest(request);
  }
  const cookies = refreshedTokenCookies(tokens);
  for (const cookie of cookies) request.cookies.set(cookie.name, cookie.value);
  const response = continueRequest(request);
  for (const cookie of cookies) response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
}

/** A percent-escape that does not decode would reach the router and come back as a 500. */
const badRequest = () =>
  new NextResponse("Bad request: the address contains a malformed escape.", {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });

/** Build assets are read-only files. Next answers other methods with 405 and then fails to render a /405 page. */
const READ_METHODS = new Set(["GET", "HEAD"]);

const methodNotAllowed = () =>
  new NextResponse("Method not allowed.", {
    status: 405,
    headers: { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" },
  });

async function checkAuth(request: NextRequest): Promise<NextResponse> {
  const { pathname, searchParams } = request.nextUrl;

  if (isAuthPagePath(pathname)) {
    // A session FastAPI has already refused still has its cookies; let the user reach the form.
    const sessionEnded = searchParams.get("reason") === ("session-expired" satisfies LoginReason);
    if (!sessionEnded && (await readSession(request))) {
      return NextResponse.redirect(new URL("/dashboard", request.url));
    }
    return continueRequest(request);
  }

  if (!isProtectedPath(pathname)) return continueRequest(request);
  const signedIn = await readSession(request);
  if (!signedIn) return isServerAction(request) ? continueRequest(request) : redirectToLogin(request);
  return refreshIfNeeded(request, signedIn);
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const csp = contentSecurityPolicy(createNonce(), {
    development: env.NODE_ENV === "development",
    https: isSecureApp,
    // Keycloak and most providers serve their authorization and logout endpoints from the issuer's origin.
    formRedirectOrigins: oidc ? [new URL(oidc.issuer).origin] : [],
  });
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  request.headers.set("content-security-policy", csp);
  // Set on the request too: the render and its FastAPI calls read it from there, never the client's own.
  const requestId = requestIdFor(request.headers);
  request.headers.set(REQUEST_ID_HEADER, requestId);
  const { pathname } = request.nextUrl;
  const response = hasMalformedEscape(pathname)
    ? badRequest()
    : isBuildAssetPath(pathname) && !READ_METHODS.has(request.method)
      ? methodNotAllowed()
      : env.DISABLE_PROXY_AUTH_CHECK
        ? continueRequest(request)
        : await withRequestId(requestId, () => checkAuth(request));
  applySecurityHeaders(response.headers, { csp, https: isSecureApp });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Every request, build assets included, so that every response carries the security headers. Prefetch and RSC
  // requests are deliberately included: anyone can send those headers.
  matcher: ["/:path*"],
};

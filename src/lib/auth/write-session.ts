// Server-only: writes a stateless Better Auth session plus our token cookies, for either way of signing in.
import "server-only";

import { setSessionCookie } from "better-auth/cookies";

import type { User } from "@/lib/api/users";

import type { SignInMethod } from "./sign-in-method";
import type { CookieSpec } from "./token-cookies";

type EndpointContext = Parameters<typeof setSessionCookie>[0];

export interface NewSession {
  profile: User;
  isSuperuser: boolean;
  signInMethod: SignInMethod;
  /** The refresh token's lifetime: the session never outlives what it can refresh with. */
  lifetimeSeconds: number;
  tokenCookies: CookieSpec[];
}

/**
 * Better Auth gives the session_data cookie (and the JWE inside it) the cookie cache's fixed lifetime; the
 * session_token cookie takes an override, session_data does not. This call sees a context whose session_data
 * lifetime is this session's, so no cookie outlives the refresh token. The shared context is left untouched.
 */
function withSessionDataLifetime(ctx: EndpointContext, lifetimeSeconds: number): EndpointContext {
  const { sessionData } = ctx.context.authCookies;
  const authCookies = {
    ...ctx.context.authCookies,
    sessionData: { ...sessionData, attributes: { ...sessionData.attributes, maxAge: lifetimeSeconds } },
  };
  return { ...ctx, context: { ...ctx.context, authCookies } };
}

export async function writeSession(
  ctx: EndpointContext,
  { profile, isSuperuser, signInMethod, lifetimeSeconds, tokenCookies }: NewSession,
): Promise<void> {
  const now = new Date();
  const user = {
    id: String(profile.id),
    name: profile.name,
    email: profile.email,
    emailVerified: false,
    image: profile.imageUrl,
    createdAt: now,
    updatedAt: now,
    username: profile.username,
    tierId: profile.tierId,
    isSuperuser,
    signInMethod,
  };
  // Built here rather than by internalAdapter.createSession: without a database that would write into an
  // in-process store that never shrinks. The session lives exactly as long as the refresh token.
  const session = {
    id: crypto.randomUUID(),
    token: crypto.randomUUID(),
    userId: user.id,
    expiresAt: new Date(now.getTime() + lifetimeSeconds * 1000),
    createdAt: now,
    updatedAt: now,
  };
  await setSessionCookie(withSessionDataLifetime(ctx, lifetimeSeconds), { session, user }, false, {
    maxAge: lifetimeSeconds,
  });
  // The overlay recorded the new session on its own copy of the context; record it where hooks look for it.
  ctx.context.setNewSession({ session, user });
  for (const cookie of tokenCookies) ctx.setCookie(cookie.name, cookie.value, cookie.options);
}

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
  await setSessionCookie(ctx, { session, user }, false, { maxAge: lifetimeSeconds });
  for (const cookie of tokenCookies) ctx.setCookie(cookie.name, cookie.value, cookie.options);
}

// Server-only data access layer for the session: the real authentication check behind every protected route.
import "server-only";

import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import { AccessDeniedError } from "@/lib/auth/access-denied";
import { SessionExpiredError } from "@/lib/auth/session-expired";
import { readRequestTokens } from "@/lib/auth/request-tokens";
import { readSessionCookie } from "@/lib/auth/session-cookie";
import { signInMethodOf, type SignInMethod } from "@/lib/auth/sign-in-method";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  username: string;
  tierId: number | null;
  isSuperuser: boolean;
  /** A password session can prove itself again with the password; an OIDC one only at its provider. */
  signInMethod: SignInMethod;
}

/**
 * The signed-in user as the encrypted session cookie describes them, or null. A session only counts while the
 * refresh token is there too: without it nothing can be asked of FastAPI. A forged, garbled or expired cookie is
 * null. The cookie is read directly, as the proxy reads it: auth.api.getSession() would decrypt the same cookie
 * and also verify the signed session-token cookie, which in a stateless session proves nothing more.
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const [session, tokens] = await Promise.all([cookies().then(readSessionCookie), readRequestTokens()]);
  if (!session || !tokens.refreshToken) return null;
  const { user } = session;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    username: user.username,
    tierId: user.tierId ?? null,
    isSuperuser: user.isSuperuser === true,
    signInMethod: signInMethodOf(user),
  };
});

/** Every protected layout, page, route handler and action starts here. */
export async function requireSession(): Promise<SessionUser> {
  const session = await getSession();
  if (!session) redirect("/login");
  return session;
}

/** Admin pages: a signed-in user who is not a superuser gets the 403 page. */
export async function requireSuperuser(): Promise<SessionUser> {
  const session = await requireSession();
  if (!session.isSuperuser) forbidden();
  return session;
}

/**
 * Server actions start here instead: they throw rather than redirect, so the action can return a typed
 * "session expired" result and the form keeps what the user typed.
 */
export async function requireActionSession(): Promise<SessionUser> {
  const session = await getSession();
  if (!session) throw new SessionExpiredError();
  return session;
}

/** Admin server actions: refused here, before any backend call, unless the session is a superuser's. */
export async function requireActionSuperuser(): Promise<SessionUser> {
  const session = await requireActionSession();
  if (!session.isSuperuser) throw new AccessDeniedError();
  return session;
}

// Server-only: who is asking, read once per request: the session cookie's user, and FastAPI's confirmation of it.
import "server-only";

import { redirect } from "next/navigation";
import { cache } from "react";

import { ApiError } from "@/lib/api/errors";
import { readCurrentUser, type User } from "@/lib/api/users";
import { loginPathFor } from "@/lib/auth/login-notices";
import { readRequestSession, readRequestTokens } from "@/lib/auth/request-tokens";
import { signInMethodOf, type SignInMethod } from "@/lib/auth/sign-in-method";
import { apiWithAuth } from "@/lib/auth/with-auth";
import { RequestFailure } from "@/lib/request-failure";

/** The signed-in user as the session cookie describes them (taken at sign-in; FastAPI's copy may be fresher). */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  username: string;
  tierId: number | null;
  isSuperuser: boolean;
  /** A password session can prove itself again with the password; an OIDC one only at its provider. */
  signInMethod: SignInMethod;
}

/** What FastAPI said about the viewer: who they are now, or that it could not say. */
export type Confirmation = { status: "ok"; user: User } | { status: "unavailable" };

/**
 * The viewer, or null. A session only counts while the refresh token is there too: without it nothing can be
 * asked of FastAPI. A forged, garbled or expired cookie is null. The cookie is read directly, as the proxy reads
 * it: auth.api.getSession() would decrypt the same cookie and also verify the signed session-token cookie, which
 * in a stateless session proves nothing more.
 */
export const readViewer = cache(async (): Promise<Viewer | null> => {
  const [session, tokens] = await Promise.all([readRequestSession(), readRequestTokens()]);
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

/**
 * Asks FastAPI who the token belongs to, once per request, so a token revoked there ends the session on the very
 * next navigation. A backend outage is reported, not treated as a sign-out. Only for renders: it redirects.
 */
export const confirmViewer = cache(async (): Promise<Confirmation> => {
  try {
    return { status: "ok", user: await apiWithAuth(readCurrentUser) };
  } catch (error) {
    if (error instanceof RequestFailure && error.reason === "session-expired") {
      redirect(loginPathFor("session-expired"));
    }
    if (error instanceof ApiError && error.isTransient) return { status: "unavailable" };
    throw error;
  }
});

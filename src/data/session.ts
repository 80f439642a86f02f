// Server-only data access layer for the session: the real authentication check behind every protected route.
import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { auth } from "@/lib/auth/server";
import { readRequestTokens } from "@/lib/auth/request-tokens";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  username: string;
  tierId: number | null;
  isSuperuser: boolean;
}

/**
 * The signed-in user as the encrypted session cookie describes them, or null. A session only counts while the
 * refresh token is there too: without it nothing can be asked of FastAPI. A forged or garbled cookie is null.
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const [result, tokens] = await Promise.all([
    auth.api.getSession({ headers: await headers() }).catch(() => null),
    readRequestTokens(),
  ]);
  if (!result || !tokens.refreshToken) return null;
  const { user } = result;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    username: user.username,
    tierId: user.tierId ?? null,
    isSuperuser: user.isSuperuser === true,
  };
});

/** Every protected layout, page, route handler and action starts here. */
export async function requireSession(): Promise<SessionUser> {
  const session = await getSession();
  if (!session) redirect("/login");
  return session;
}

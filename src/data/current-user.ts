// Server-only: confirms the signed-in user with FastAPI, once per request, for the protected layout and pages.
import "server-only";

import { redirect } from "next/navigation";
import { cache } from "react";

import { ApiError } from "@/lib/api/errors";
import { findTierName } from "@/lib/api/tiers";
import { readCurrentUser, type User } from "@/lib/api/users";
import { apiWithAuth } from "@/lib/api/with-auth";
import { loginPathFor } from "@/lib/auth/login-notices";
import { SessionExpiredError } from "@/lib/auth/session-expired";

import { readSection, type Section } from "./section";
import { requireSession, requireSuperuser, type SessionUser } from "./session";

export type CurrentUser = { status: "ok"; user: User } | { status: "unavailable" };

/**
 * Asks FastAPI who the token belongs to, so a token revoked there ends the session on the very next navigation.
 * A backend outage is reported, not treated as a sign-out.
 */
export const confirmCurrentUser = cache(async (): Promise<CurrentUser> => {
  await requireSession();
  try {
    return { status: "ok", user: await apiWithAuth(readCurrentUser) };
  } catch (error) {
    if (error instanceof SessionExpiredError) redirect(loginPathFor("session-expired"));
    if (error instanceof ApiError && error.isTransient) return { status: "unavailable" };
    throw error;
  }
});

/** The tier's display name (undefined when the user has none), a section of the overview. */
export async function getTierName(tierId: number | null): Promise<Section<string | undefined>> {
  await requireSession();
  if (tierId === null) return { status: "ok", value: undefined };
  return readSection(() => findTierName(tierId));
}

/**
 * Pages read through these, not through requireSession() alone. Layouts and pages render in parallel, so the
 * layout's check cannot stop a page from reading (FastAPI's public reads need no token) and streaming data for a
 * session whose tokens FastAPI refuses: each page confirms the tokens itself (once per request, cached).
 */
export async function requireConfirmedSession(): Promise<SessionUser> {
  const session = await requireSession();
  await confirmCurrentUser();
  return session;
}

export async function requireConfirmedSuperuser(): Promise<SessionUser> {
  const session = await requireSuperuser();
  await confirmCurrentUser();
  return session;
}

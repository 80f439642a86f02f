// Server-only: what becomes of a spent refresh token presented by someone who may not follow its rotation.
import "server-only";

import { keyedHash } from "@/lib/fleet/fleet-crypto";

import type { SessionCookie } from "./session-cookie";
import { RefreshRefusedError, type TokenSource } from "./token-source";

/**
 * Who presents a refresh token: a keyed hash of the browser session's id (new at every sign-in, the same in every
 * tab of that browser), or null without a readable session. Hashed so that the fleet's records never hold it.
 */
export const refreshPresenterOf = (session: SessionCookie | null): string | null =>
  session ? keyedHash("refresh-presenter", session.session.id) : null;

/**
 * A spent refresh token from another browser session, or from the same one after the race: a stolen copy or a
 * replay. It is sent to the provider anyway, so that its reuse detection fires (Keycloak revokes the whole grant,
 * ending the thief's and the victim's sessions alike), and the presenter is signed out whatever the provider
 * answers: a successor is never handed to it.
 */
export async function refuseSpentToken(source: TokenSource, spentToken: string): Promise<never> {
  await source.refresh(spentToken).catch(() => undefined);
  throw new RefreshRefusedError();
}

// Server-only data access for the signed-in user's own account: edit the profile, rename, delete.
import "server-only";

import { headers } from "next/headers";

import { loginWithPassword, logoutTokens } from "@/lib/api/auth";
import { hasHttpStatus } from "@/lib/api/errors";
import { deleteUser, readCurrentUser, updateUser, type ProfileChanges, type User } from "@/lib/api/users";
import { apiWithAuth } from "@/lib/api/with-auth";
import { clearRequestTokens, readRequestTokens } from "@/lib/auth/request-tokens";
import { auth } from "@/lib/auth/server";
import { ConflictError } from "@/lib/conflict-error";
import { endFastapiSession } from "@/lib/auth/sign-out";
import { authAttempt, authRateLimits } from "@/lib/rate-limit/auth-rate-limits";
import { RateLimitedError } from "@/lib/rate-limit/rate-limited-error";
import type { ProfileInput } from "@/lib/validations/profile";

import { requireActionSession } from "./session";

export type ProfileUpdate =
  | "unchanged"
  | "updated"
  /** Renamed and signed in again under the new name. */
  | "renamed"
  /** Renamed, but the new sign-in failed: the user must sign in by hand. */
  | "renamed-signed-out"
  | "password-needed"
  | "wrong-password";

function changedFields(current: User, values: ProfileInput): ProfileChanges {
  return {
    ...(values.name === current.name ? {} : { name: values.name }),
    ...(values.username === current.username ? {} : { username: values.username }),
    ...(values.email === current.email ? {} : { email: values.email }),
    ...(values.imageUrl === current.imageUrl ? {} : { imageUrl: values.imageUrl }),
  };
}

/** Best effort: these tokens are never stored, and a failed revocation must not undo the rename's outcome. */
const revokeQuietly = (accessToken: string, refreshToken: string) =>
  logoutTokens(accessToken, refreshToken).catch(() => undefined);

/**
 * A username change makes every token of the user unusable (they name the old username), and an old token would
 * even start working for whoever registers that name next. So: prove the password (a fresh login), rename with
 * that fresh token, revoke the fresh and the session's tokens, and sign in again under the new name.
 */
async function rename(current: User, changes: ProfileChanges, password: string): Promise<ProfileUpdate> {
  // The password check is a sign-in, so it shares the sign-in limits: no guessing through the profile form.
  const attempt = await authAttempt("login", [current.username]);
  const refusal = await authRateLimits.refusal(attempt);
  if (refusal) throw new RateLimitedError(refusal.message ?? "Too many attempts. Try again later.");
  let verified;
  try {
    verified = await loginWithPassword(current.username, password);
  } catch (error) {
    if (!hasHttpStatus(error, 401)) throw error;
    await authRateLimits.recordAttempt(attempt);
    return "wrong-password";
  }
  // FastAPI's tokens have no iat/jti: minted in the session's own second, the fresh pair IS the session's, and
  // revoking it would end the session even when the rename is refused.
  const session = await readRequestTokens();
  const freshPairIsSession = verified.accessToken === session.accessToken;
  try {
    await updateUser(verified.accessToken, current.username, changes);
  } finally {
    if (!freshPairIsSession) await revokeQuietly(verified.accessToken, verified.refreshToken);
  }
  await endFastapiSession();
  try {
    await auth.api.signInWithFastapi({
      body: { username: changes.username ?? current.username, password },
      headers: await headers(),
    });
    return "renamed";
  } catch {
    await auth.api.signOut({ headers: await headers() });
    return "renamed-signed-out";
  }
}

export async function updateMyProfile(values: ProfileInput): Promise<ProfileUpdate> {
  await requireActionSession();
  const current = await apiWithAuth(readCurrentUser);
  const changes = changedFields(current, values);
  if (Object.keys(changes).length === 0) return "unchanged";
  if (changes.username === undefined) {
    await apiWithAuth((token) => updateUser(token, current.username, changes));
    return "updated";
  }
  // An OIDC user's username is the provider's, which FastAPI maps its tokens by: it changes at the provider.
  if ((await readRequestTokens()).signInMethod === "oidc") {
    throw new ConflictError("Your username comes from your sign-in provider: change it there.", "username");
  }
  if (!values.currentPassword) return "password-needed";
  return rename(current, changes, values.currentPassword);
}

/**
 * Soft-deletes the account. FastAPI revokes the access token used here; every other session of the user fails
 * its next request because the user no longer exists. The caller then ends the local session.
 */
export async function deleteMyAccount(confirmation: string): Promise<"deleted" | "mismatch"> {
  const session = await requireActionSession();
  if (confirmation !== session.username) return "mismatch";
  await apiWithAuth((token) => deleteUser(token, session.username));
  await clearRequestTokens();
  await auth.api.signOut({ headers: await headers() });
  return "deleted";
}

// Server-only data access for the signed-in user's own account: edit the profile, rename, delete.
import "server-only";

import { headers } from "next/headers";

import { loginWithPassword, logoutTokens } from "@/lib/api/auth";
import { hasHttpStatus } from "@/lib/api/errors";
import { deleteUser, readCurrentUser, updateUser, type ProfileChanges, type User } from "@/lib/api/users";
import { apiWithAuth } from "@/lib/auth/with-auth";
import { clearRequestTokens, readRequestTokens } from "@/lib/auth/request-tokens";
import { auth } from "@/lib/auth/server";
import { endFastapiSession } from "@/lib/auth/sign-out";
import { authAttempt, authRateLimits } from "@/lib/rate-limit/auth-rate-limits";
import { retireKnownDevices } from "@/lib/rate-limit/known-device";
import { conflict, rateLimited } from "@/lib/request-failure";
import type { ProfileInput } from "@/lib/validations/profile";

import { forAction, type Viewer } from "./request";

export type ProfileUpdate =
  | "unchanged"
  | "updated"
  /** Renamed and signed in again under the new name. */
  | "renamed"
  /** Renamed, but the new sign-in failed: the user must sign in by hand. */
  | "renamed-signed-out"
  | "password-needed"
  | "wrong-password";

/** The names that stop naming this account once `changes` are saved: their sign-in passes end with them. */
const retiredNames = (current: User, changes: ProfileChanges) => [
  ...(changes.username === undefined ? [] : [current.username]),
  ...(changes.email === undefined ? [] : [current.email]),
];

function changedFields(current: User, values: ProfileInput): ProfileChanges {
  return {
    ...(values.name === current.name ? {} : { name: values.name }),
    ...(values.username === current.username ? {} : { username: values.username }),
    ...(values.email === current.email ? {} : { email: values.email }),
    ...(values.imageUrl === current.imageUrl ? {} : { imageUrl: values.imageUrl }),
  };
}

/** A token pair minted only to prove the password: used at most once, then revoked. */
interface PasswordProof {
  accessToken: string;
  /** Revokes the pair, best effort, unless it is the session's own; a failure must not undo what was done. */
  revoke(): Promise<void>;
}

/**
 * Proves the current password with a fresh FastAPI login (OWASP ASVS: re-authenticate before changing a sign-in
 * identifier or deleting the account). It is a sign-in, so it shares the sign-in limits: no guessing through the
 * profile page.
 */
async function provePassword(username: string, password: string): Promise<PasswordProof | "wrong-password"> {
  const attempt = await authAttempt("login", [username]);
  const refusal = await authRateLimits.refusal(attempt);
  if (refusal) throw rateLimited(refusal.message ?? "Too many attempts. Try again later.");
  let verified;
  try {
    verified = await loginWithPassword(username, password);
  } catch (error) {
    if (!hasHttpStatus(error, 401)) throw error;
    await authRateLimits.recordAttempt(attempt);
    return "wrong-password";
  }
  // FastAPI's tokens have no iat/jti: minted in the session's own second, the fresh pair IS the session's, and
  // revoking it would end the session.
  const freshPairIsSession = verified.accessToken === (await readRequestTokens()).accessToken;
  return {
    accessToken: verified.accessToken,
    revoke: async () => {
      if (freshPairIsSession) return;
      await logoutTokens(verified.accessToken, verified.refreshToken).catch(() => undefined);
    },
  };
}

/**
 * Saves a change to how the user signs in (username, e-mail) once the password is proven, with the proof's own
 * token, then ends the passes the old names earned. False when the password is wrong; nothing is changed then.
 */
async function saveSignInChange(current: User, changes: ProfileChanges, password: string): Promise<boolean> {
  const proof = await provePassword(current.username, password);
  if (proof === "wrong-password") return false;
  try {
    await updateUser(proof.accessToken, current.username, changes);
  } finally {
    await proof.revoke();
  }
  await retireKnownDevices(retiredNames(current, changes));
  return true;
}

/**
 * A username change makes every token of the user unusable (they name the old username), and an old token would
 * even start working for whoever registers that name next. So: prove the password (a fresh login), rename with
 * that fresh token, revoke the fresh and the session's tokens, and sign in again under the new name.
 */
async function rename(current: User, changes: ProfileChanges, password: string): Promise<ProfileUpdate> {
  if (!(await saveSignInChange(current, changes, password))) return "wrong-password";
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

/** Whether the password must be proven first: a password session changing how it signs in (username, e-mail). */
const changesSignIn = (viewer: Viewer, changes: ProfileChanges) =>
  viewer.signInMethod === "password" && (changes.username !== undefined || changes.email !== undefined);

async function updateProfile(viewer: Viewer, values: ProfileInput): Promise<ProfileUpdate> {
  const current = await apiWithAuth(readCurrentUser);
  const changes = changedFields(current, values);
  if (Object.keys(changes).length === 0) return "unchanged";
  // An OIDC user's username is the provider's, which FastAPI maps its tokens by: it changes at the provider.
  if (changes.username !== undefined && viewer.signInMethod === "oidc") {
    throw conflict("Your username comes from your sign-in provider: change it there.", "username");
  }
  if (!changesSignIn(viewer, changes)) {
    await apiWithAuth((token) => updateUser(token, current.username, changes));
    return "updated";
  }
  if (!values.currentPassword) return "password-needed";
  if (changes.username !== undefined) return rename(current, changes, values.currentPassword);
  return (await saveSignInChange(current, changes, values.currentPassword)) ? "updated" : "wrong-password";
}

export const updateMyProfile = (values: ProfileInput) =>
  forAction((viewer) => updateProfile(viewer, values), { fields: { profile_image_url: "imageUrl" } });

/**
 * Soft-deletes the account, once the username is typed and (for a password session) the password proven. FastAPI
 * revokes the access token used here; every other session of the user fails its next request because the user no
 * longer exists. The caller then ends the local session.
 */
async function deleteAccount(
  viewer: Viewer,
  confirmation: string,
  password: string,
): Promise<"deleted" | "mismatch" | "password-needed" | "wrong-password"> {
  if (confirmation !== viewer.username) return "mismatch";
  if (viewer.signInMethod === "password") {
    if (!password) return "password-needed";
    const proof = await provePassword(viewer.username, password);
    if (proof === "wrong-password") return proof;
    // Revoked before the deletion: FastAPI's /logout may not take tokens of a deleted user.
    await proof.revoke();
  }
  await apiWithAuth((token) => deleteUser(token, viewer.username));
  await retireKnownDevices([viewer.username, viewer.email]);
  await clearRequestTokens();
  await auth.api.signOut({ headers: await headers() });
  return "deleted";
}

export const deleteMyAccount = (confirmation: string, password: string) =>
  forAction((viewer) => deleteAccount(viewer, confirmation, password));

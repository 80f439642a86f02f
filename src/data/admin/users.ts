// Server-only data access for the admin area's users: tiers and hard deletes, superusers only.
import "server-only";

import type { PageRequest } from "@/lib/api/pagination";
import { listPosts } from "@/lib/api/posts";
import { listTiers } from "@/lib/api/tiers";
import { hardDeleteUser, listUsers, setUserTier } from "@/lib/api/users";
import { retireKnownDevices } from "@/lib/rate-limit/known-device";
import { apiWithAuth, replaceRevokedAccessToken } from "@/lib/api/with-auth";
import { ConflictError } from "@/lib/conflict-error";

import { readSection } from "../section";
import { requireConfirmedSuperuser } from "../current-user";
import { requireActionSuperuser } from "../session";
import { checkIfPossible } from "./precheck";

/** Two sections: the users, and the tiers their pickers offer. */
export async function getUsersWithTiers(request: PageRequest) {
  await requireConfirmedSuperuser();
  const [users, tiers] = await Promise.all([
    readSection(() => listUsers(request)),
    readSection(async () => (await listTiers()).items),
  ]);
  return { users, tiers };
}

export async function setUserTierAsAdmin(username: string, tierId: number) {
  await requireActionSuperuser();
  await apiWithAuth((token) => setUserTier(token, username, tierId));
}

/**
 * Hard delete. FastAPI blacklists the calling superuser's own access token as a side effect, so a new one is
 * minted straight away: the admin stays signed in.
 */
export async function hardDeleteUserAsAdmin(username: string) {
  const session = await requireActionSuperuser();
  if (username === session.username) {
    throw new ConflictError("You cannot delete yourself here. Use “Delete your account” on your profile.");
  }
  // Posts reference their author without cascading: FastAPI would answer a bare 500.
  const hasPosts = await checkIfPossible(
    async () => (await listPosts(username, { page: 1, perPage: 1 })).total > 0,
  );
  if (hasPosts) {
    throw new ConflictError(`@${username} has written posts, so they cannot be removed from the database.`);
  }
  let usedToken = "";
  await apiWithAuth((token) => {
    usedToken = token;
    return hardDeleteUser(token, username);
  });
  // The name is free for anyone now: the passes its old owner's browsers hold end here.
  await retireKnownDevices([username]);
  await replaceRevokedAccessToken(usedToken);
}

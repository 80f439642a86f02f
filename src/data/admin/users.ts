// Server-only data access for the admin area's users: tiers and hard deletes, superusers only.
import "server-only";

import type { PageRequest } from "@/lib/api/pagination";
import { listPosts } from "@/lib/api/posts";
import { listTiers } from "@/lib/api/tiers";
import { hardDeleteUser, listUsers, setUserTier } from "@/lib/api/users";
import { apiWithAuth, replaceRevokedAccessToken } from "@/lib/auth/with-auth";
import { retireKnownDevices } from "@/lib/rate-limit/known-device";
import { conflict } from "@/lib/request-failure";

import { forAction, forSection } from "../request";
import { blockerFound } from "./blocker";

const SUPERUSER = { role: "superuser" } as const;

/** Two sections: the users, and the tiers their pickers offer. */
export async function getUsersWithTiers(request: PageRequest) {
  const [users, tiers] = await Promise.all([
    forSection(() => listUsers(request), SUPERUSER),
    forSection(async () => (await listTiers()).items, SUPERUSER),
  ]);
  return { users, tiers };
}

export const setUserTierAsAdmin = (username: string, tierId: number) =>
  forAction(() => apiWithAuth((token) => setUserTier(token, username, tierId)), {
    ...SUPERUSER,
    fields: { tier_id: "tierId" },
  });

/**
 * Hard delete. FastAPI blacklists the calling superuser's own access token as a side effect, so a new one is
 * minted straight away: the admin stays signed in.
 */
export const hardDeleteUserAsAdmin = (username: string) =>
  forAction(async (viewer) => {
    if (username === viewer.username) {
      throw conflict("You cannot delete yourself here. Use “Delete your account” on your profile.");
    }
    // Posts reference their author without cascading: FastAPI would answer a bare 500.
    const hasPosts = await blockerFound(
      async () => (await listPosts(username, { page: 1, perPage: 1 })).total > 0,
    );
    if (hasPosts)
      throw conflict(`@${username} has written posts, so they cannot be removed from the database.`);
    let usedToken = "";
    await apiWithAuth((token) => {
      usedToken = token;
      return hardDeleteUser(token, username);
    });
    // The name is free for anyone now: the passes its old owner's browsers hold end here.
    await retireKnownDevices([username]);
    await replaceRevokedAccessToken(usedToken);
  }, SUPERUSER);

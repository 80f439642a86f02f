// Server-only data access for the admin area's users: tiers and hard deletes, superusers only.
import "server-only";

import { ApiError } from "@/lib/api/errors";
import type { PageRequest } from "@/lib/api/pagination";
import { listTiers } from "@/lib/api/tiers";
import { hardDeleteUser, listUsers, setUserTier } from "@/lib/api/users";
import { apiWithAuth, replaceRevokedAccessToken } from "@/lib/api/with-auth";
import { ConflictError } from "@/lib/conflict-error";

import { readForPage } from "../page-read";
import { requireActionSuperuser, requireSuperuser } from "../session";

export async function getUsersWithTiers(request: PageRequest) {
  await requireSuperuser();
  return readForPage(async () => {
    const [users, tiers] = await Promise.all([listUsers(request), listTiers()]);
    return { users, tiers: tiers.items };
  });
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
  let usedToken = "";
  try {
    await apiWithAuth((token) => {
      usedToken = token;
      return hardDeleteUser(token, username);
    });
  } catch (error) {
    // A delete blocked by the user's posts (a foreign key) comes back as a bare 500: say what most likely happened.
    if (error instanceof ApiError && error.kind === "http" && error.status === 500) {
      throw new ConflictError(
        "FastAPI could not delete this user. A user who has written posts cannot be removed from the database.",
      );
    }
    throw error;
  }
  await replaceRevokedAccessToken(usedToken);
}

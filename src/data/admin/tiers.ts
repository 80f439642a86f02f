// Server-only data access for the admin area's tiers: every function refuses non-superusers before calling FastAPI.
import "server-only";

import { hasHttpStatus } from "@/lib/api/errors";
import type { PageRequest } from "@/lib/api/pagination";
import { listRateLimits } from "@/lib/api/rate-limits";
import { createTier, deleteTier, listTiers, readTier, renameTier } from "@/lib/api/tiers";
import { listUsers } from "@/lib/api/users";
import { apiWithAuth } from "@/lib/auth/with-auth";
import { conflict } from "@/lib/request-failure";

import { forAction, forPage, forSection } from "../request";
import { blockerFound } from "./blocker";

const SUPERUSER = { role: "superuser" } as const;

/** A section of the tiers page: the form to create a tier stays usable without the list. */
export const getTiers = (request: PageRequest) => forSection(() => listTiers(request), SUPERUSER);

/** The tier is what the page is about (unknown → 404); its rate limits are a section (500 at b88fe20). */
export async function getTierWithRateLimits(name: string, request: PageRequest) {
  const [tier, rateLimits] = await Promise.all([
    forPage(() => readTier(name), SUPERUSER),
    forSection(() => listRateLimits(name, request), SUPERUSER),
  ]);
  return { tier, rateLimits };
}

async function tierExists(name: string): Promise<boolean> {
  try {
    await readTier(name);
    return true;
  } catch (error) {
    if (hasHttpStatus(error, 404)) return false;
    throw error;
  }
}

/** Enough pages of the user directory to find who holds a tier in any realistic deployment. */
const USER_SCAN = { perPage: 100, maxPages: 50 };

async function usernamesWithTier(tierId: number): Promise<string[]> {
  const holders: string[] = [];
  for (let page = 1; page <= USER_SCAN.maxPages; page += 1) {
    const users = await listUsers({ page, perPage: USER_SCAN.perPage });
    holders.push(...users.items.filter((user) => user.tierId === tierId).map((user) => user.username));
    if (!users.hasMore) break;
  }
  return holders;
}

export const createTierAsAdmin = (name: string) =>
  forAction(() => apiWithAuth((token) => createTier(token, name)), SUPERUSER);

/** FastAPI answers a rename onto a taken name with a bare 500, so that case is caught here with a clear message. */
export const renameTierAsAdmin = (name: string, newName: string) =>
  forAction(async () => {
    if (newName !== name && (await tierExists(newName))) {
      throw conflict("A tier with this name already exists.", "name");
    }
    await apiWithAuth((token) => renameTier(token, name, newName));
  }, SUPERUSER);

/**
 * Users and rate limits reference their tier without cascading, so FastAPI answers a delete of a tier still in
 * use with a bare 500: both cases are caught here, with what to do about them.
 */
export const deleteTierAsAdmin = (name: string) =>
  forAction(async () => {
    const tier = await readTier(name);
    const holders = await usernamesWithTier(tier.id);
    if (holders.length > 0) {
      const shown = holders
        .slice(0, 3)
        .map((username) => `@${username}`)
        .join(", ");
      const more = holders.length > 3 ? ` and ${holders.length - 3} more` : "";
      throw conflict(
        `The tier “${name}” is still assigned to ${shown}${more}. Move them to another tier first.`,
      );
    }
    const hasRateLimits = await blockerFound(
      async () => (await listRateLimits(name, { page: 1, perPage: 1 })).total > 0,
    );
    if (hasRateLimits) throw conflict(`The tier “${name}” still has rate limits. Delete them first.`);
    await apiWithAuth((token) => deleteTier(token, name));
  }, SUPERUSER);

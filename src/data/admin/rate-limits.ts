// Server-only data access for the admin area's rate limits (per tier); refuses non-superusers before any call.
import "server-only";

import {
  createRateLimit,
  deleteRateLimit,
  listRateLimits,
  updateRateLimit,
  type RateLimitInput,
} from "@/lib/api/rate-limits";
import { listTiers } from "@/lib/api/tiers";
import { apiWithAuth } from "@/lib/auth/with-auth";
import { conflict } from "@/lib/request-failure";

import { forAction } from "../request";
import { blockerFound } from "./blocker";

const SUPERUSER = { role: "superuser" } as const;

/** Rate-limit names are unique across all tiers, and FastAPI has no lookup by name: read every tier's list. */
async function nameTakenByAnother(name: string, id: number): Promise<boolean> {
  const tiers = await listTiers();
  for (const tier of tiers.items) {
    const rateLimits = await listRateLimits(tier.name, { page: 1, perPage: 100 });
    if (rateLimits.items.some((rateLimit) => rateLimit.name === name && rateLimit.id !== id)) return true;
  }
  return false;
}

export const createRateLimitAsAdmin = (tierName: string, input: RateLimitInput) =>
  forAction(() => apiWithAuth((token) => createRateLimit(token, tierName, input)), SUPERUSER);

/** FastAPI answers a rename onto a taken name with a bare 500 (a unique index), so that case is caught here. */
export const updateRateLimitAsAdmin = (tierName: string, id: number, input: RateLimitInput) =>
  forAction(async () => {
    if (await blockerFound(() => nameTakenByAnother(input.name, id))) {
      throw conflict("A rate limit with this name already exists.", "name");
    }
    await apiWithAuth((token) => updateRateLimit(token, tierName, id, input));
  }, SUPERUSER);

export const deleteRateLimitAsAdmin = (tierName: string, id: number) =>
  forAction(() => apiWithAuth((token) => deleteRateLimit(token, tierName, id)), SUPERUSER);

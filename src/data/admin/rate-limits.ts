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
import { apiWithAuth } from "@/lib/api/with-auth";
import { ConflictError } from "@/lib/conflict-error";

import { requireActionSuperuser } from "../session";
import { checkIfPossible } from "./precheck";

/** Rate-limit names are unique across all tiers, and FastAPI has no lookup by name: read every tier's list. */
async function nameTakenByAnother(name: string, id: number): Promise<boolean> {
  const tiers = await listTiers();
  for (const tier of tiers.items) {
    const rateLimits = await listRateLimits(tier.name, { page: 1, perPage: 100 });
    if (rateLimits.items.some((rateLimit) => rateLimit.name === name && rateLimit.id !== id)) return true;
  }
  return false;
}

export async function createRateLimitAsAdmin(tierName: string, input: RateLimitInput) {
  await requireActionSuperuser();
  return apiWithAuth((token) => createRateLimit(token, tierName, input));
}

/** FastAPI answers a rename onto a taken name with a bare 500 (a unique index), so that case is caught here. */
export async function updateRateLimitAsAdmin(tierName: string, id: number, input: RateLimitInput) {
  await requireActionSuperuser();
  if (await checkIfPossible(() => nameTakenByAnother(input.name, id))) {
    throw new ConflictError("A rate limit with this name already exists.", "name");
  }
  await apiWithAuth((token) => updateRateLimit(token, tierName, id, input));
}

export async function deleteRateLimitAsAdmin(tierName: string, id: number) {
  await requireActionSuperuser();
  await apiWithAuth((token) => deleteRateLimit(token, tierName, id));
}

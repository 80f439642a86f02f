// Server-only data access for the admin area's rate limits (per tier); refuses non-superusers before any call.
import "server-only";

import {
  createRateLimit,
  deleteRateLimit,
  updateRateLimit,
  type RateLimitInput,
} from "@/lib/api/rate-limits";
import { apiWithAuth } from "@/lib/api/with-auth";

import { requireActionSuperuser } from "../session";

export async function createRateLimitAsAdmin(tierName: string, input: RateLimitInput) {
  await requireActionSuperuser();
  return apiWithAuth((token) => createRateLimit(token, tierName, input));
}

export async function updateRateLimitAsAdmin(tierName: string, id: number, input: RateLimitInput) {
  await requireActionSuperuser();
  await apiWithAuth((token) => updateRateLimit(token, tierName, id, input));
}

export async function deleteRateLimitAsAdmin(tierName: string, id: number) {
  await requireActionSuperuser();
  await apiWithAuth((token) => deleteRateLimit(token, tierName, id));
}

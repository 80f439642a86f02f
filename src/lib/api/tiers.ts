// Server-only FastAPI tier endpoints.
import "server-only";

import { fastapi, send } from "./client";

/** FastAPI has no "tier by id" route; tiers are few, so one generous page of the public list is read. */
const TIER_PAGE_SIZE = 100;

export async function findTierName(tierId: number): Promise<string | undefined> {
  const { data } = await send(
    fastapi.GET("/api/v1/tiers", { params: { query: { page: 1, items_per_page: TIER_PAGE_SIZE } } }),
  );
  return data.data.find((tier) => tier.id === tierId)?.name;
}

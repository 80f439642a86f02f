// Server-only FastAPI tier endpoints, reshaped from TierRead into the app's Tier.
import "server-only";

import { env } from "@/env";

import { bearer, fastapi, send } from "./client";
import { pageQuery, toPage, type Page, type PageRequest } from "./pagination";
import type { components } from "./schema";

type TierRead = components["schemas"]["TierRead"];

export interface Tier {
  id: number;
  name: string;
  createdAt: string;
}

const toTier = (tier: TierRead): Tier => ({ id: tier.id, name: tier.name, createdAt: tier.created_at });

/** Tiers are few; one generous page is read wherever the whole list is needed (FastAPI has no maximum). */
const ALL_TIERS: PageRequest = { page: 1, perPage: 100 };

export async function listTiers(request: PageRequest = ALL_TIERS): Promise<Page<Tier>> {
  const { data } = await send(fastapi.GET("/api/v1/tiers", { params: { query: pageQuery(request) } }));
  return toPage(data, request, toTier);
}

/**
 * The tier list behind tier names, reused for TIER_LIST_CACHE_SECONDS: it is public and changes rarely, and the
 * overview would otherwise wait for it after /user/me/ on every visit. This instance's own tier changes clear it;
 * another instance's rename shows here within that time. A failed read is not kept.
 */
let tierList: { expiresAt: number; tiers: Promise<Page<Tier>> } | undefined;

function recentTierList(): Promise<Page<Tier>> {
  const now = Date.now();
  if (tierList && tierList.expiresAt > now) return tierList.tiers;
  const tiers = listTiers();
  const entry = { expiresAt: now + env.TIER_LIST_CACHE_SECONDS * 1000, tiers };
  tierList = entry;
  tiers.catch(() => {
    if (tierList === entry) tierList = undefined;
  });
  return tiers;
}

const forgetTierList = () => {
  tierList = undefined;
};

/** FastAPI has no "tier by id" route, so the id is looked up in the (recent) list. */
export async function findTierName(tierId: number): Promise<string | undefined> {
  const tiers = await recentTierList();
  return tiers.items.find((tier) => tier.id === tierId)?.name;
}

export async function readTier(name: string): Promise<Tier> {
  const { data } = await send(fastapi.GET("/api/v1/tier/{name}", { params: { path: { name } } }));
  return toTier(data);
}

/** Superuser-only. A taken name is a 422 "Tier Name not available". */
export async function createTier(accessToken: string, name: string): Promise<Tier> {
  const { data } = await send(fastapi.POST("/api/v1/tier", { body: { name }, headers: bearer(accessToken) }));
  forgetTierList();
  return toTier(data);
}

/** Superuser-only. FastAPI answers 500 when the new name is taken, so callers check that first. */
export async function renameTier(accessToken: string, name: string, newName: string): Promise<void> {
  await send(
    fastapi.PATCH("/api/v1/tier/{name}", {
      params: { path: { name } },
      body: { name: newName },
      headers: bearer(accessToken),
    }),
  );
  forgetTierList();
}

/** Superuser-only hard delete. FastAPI answers 500 while a user still has the tier, so callers check that first. */
export async function deleteTier(accessToken: string, name: string): Promise<void> {
  await send(
    fastapi.DELETE("/api/v1/tier/{name}", { params: { path: { name } }, headers: bearer(accessToken) }),
  );
  forgetTierList();
}

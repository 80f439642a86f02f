// Server-only FastAPI rate-limit endpoints (per tier), reshaped from RateLimitRead into the app's RateLimit.
import "server-only";

import { bearer, fastapi, send } from "./client";
import { pageQuery, toPage, type Page, type PageRequest } from "./pagination";
import type { components } from "./schema";

type RateLimitRead = components["schemas"]["RateLimitRead"];

export interface RateLimit {
  id: number;
  tierId: number;
  name: string;
  /** As FastAPI stores it: outer slashes stripped, inner ones turned into underscores. */
  path: string;
  limit: number;
  /** Seconds. */
  period: number;
}

export interface RateLimitInput {
  name: string;
  path: string;
  limit: number;
  period: number;
}

const toRateLimit = (row: RateLimitRead): RateLimit => ({
  id: row.id,
  tierId: row.tier_id,
  name: row.name,
  path: row.path,
  limit: row.limit,
  period: row.period,
});

export async function listRateLimits(tierName: string, request: PageRequest): Promise<Page<RateLimit>> {
  const { data } = await send(
    fastapi.GET("/api/v1/tier/{tier_name}/rate_limits", {
      params: { path: { tier_name: tierName }, query: pageQuery(request) },
    }),
  );
  return toPage(data, request, toRateLimit);
}

/** Superuser-only. A taken name is a 422 "Rate Limit Name not available". */
export async function createRateLimit(
  accessToken: string,
  tierName: string,
  input: RateLimitInput,
): Promise<RateLimit> {
  const { data } = await send(
    fastapi.POST("/api/v1/tier/{tier_name}/rate_limit", {
      params: { path: { tier_name: tierName } },
      body: input,
      headers: bearer(accessToken),
    }),
  );
  return toRateLimit(data);
}

export async function updateRateLimit(
  accessToken: string,
  tierName: string,
  id: number,
  input: RateLimitInput,
): Promise<void> {
  await send(
    fastapi.PATCH("/api/v1/tier/{tier_name}/rate_limit/{id}", {
      params: { path: { tier_name: tierName, id } },
      body: input,
      headers: bearer(accessToken),
    }),
  );
}

export async function deleteRateLimit(accessToken: string, tierName: string, id: number): Promise<void> {
  await send(
    fastapi.DELETE("/api/v1/tier/{tier_name}/rate_limit/{id}", {
      params: { path: { tier_name: tierName, id } },
      headers: bearer(accessToken),
    }),
  );
}

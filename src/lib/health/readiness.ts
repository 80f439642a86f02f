// Server-only: whether this instance can serve requests: FastAPI answers, and Redis does when REDIS_URL is set.
import "server-only";

import { env, fastapiUrl } from "@/env";
import { reachableRedis } from "@/lib/fleet/redis-connection";

/** Short: a load balancer asks often, and a dependency slower than this is not ready for users either. */
const READINESS_TIMEOUT_MS = 2_000;

export type Dependency = "fastapi" | "redis";

/**
 * FastAPI's public tier list, answered as JSON: FastAPI and its database are up, and what answers is FastAPI (not
 * a proxy's error page). The answer is never passed on, so nothing FastAPI says reaches the caller.
 */
async function fastapiAnswers(): Promise<boolean> {
  try {
    const response = await fetch(new URL("/api/v1/tiers?page=1&items_per_page=1", fastapiUrl), {
      cache: "no-store",
      redirect: "manual",
      signal: AbortSignal.timeout(Math.min(READINESS_TIMEOUT_MS, env.FASTAPI_TIMEOUT_MS)),
    });
    // Read either way, so the connection goes back to the pool.
    const body = await response.text();
    if (!response.ok) return false;
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

/** Without REDIS_URL there is nothing to wait for: the instance counts in its own memory. */
async function redisAnswers(): Promise<boolean> {
  if (!env.REDIS_URL) return true;
  const redis = await reachableRedis();
  if (!redis) return false;
  return redis.ping().then(
    () => true,
    () => false,
  );
}

/** The dependencies that failed; empty when the instance is ready. */
export async function failedDependencies(): Promise<Dependency[]> {
  const [fastapi, redis] = await Promise.all([fastapiAnswers(), redisAnswers()]);
  return [...(fastapi ? [] : ["fastapi" as const]), ...(redis ? [] : ["redis" as const])];
}

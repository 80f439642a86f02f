// Server-only: one rate-limiter-flexible counter, kept in Redis for the whole fleet when REDIS_URL is set and in
// this instance's memory otherwise, or while Redis cannot answer (counts then restart from zero per instance).
import "server-only";

import type { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

import { keyedHash } from "@/lib/fleet/fleet-crypto";
import { reachableRedis } from "@/lib/fleet/redis-connection";
import { reportRedisDown, reportRedisUp } from "@/lib/fleet/redis-outage";

export interface CounterOptions {
  /** Names the counter in Redis keys (`nfa:rl:<name>:<hash>`). */
  name: string;
  /** How long a count lives, from its first hit. */
  durationSeconds: number;
  /** Finds the shared Redis (by default REDIS_URL's); when it answers undefined, counts stay in this instance's memory. */
  redis?: () => Promise<Redis | undefined>;
}

interface Count {
  hits: number;
  /** Milliseconds until the count starts again from zero. */
  msLeft: number;
}

/** Hits per key in fixed windows, plus "hold this key for N seconds" for delays. */
export interface SharedCounter {
  read(key: string): Promise<Count | undefined>;
  /** Counts one hit and answers the new total. */
  hit(key: string): Promise<number>;
  /** Holds the key for `seconds`: `read` answers a count above zero until then. */
  hold(key: string, seconds: number): Promise<void>;
  forget(key: string): Promise<void>;
}

export function fleetCounter({
  name,
  durationSeconds,
  redis = reachableRedis,
}: CounterOptions): SharedCounter {
  // `points` only matters to consume(), which is not used: hits are counted with penalty(), which never refuses.
  const settings = { keyPrefix: `nfa:rl:${name}`, points: 1, duration: durationSeconds };
  const memory = new RateLimiterMemory(settings);
  const inRedis = new WeakMap<Redis, RateLimiterRedis>();

  /** Runs `operation` in Redis when it can answer, else (or when it fails midway) in this instance's memory. */
  async function run<T>(operation: (limiter: RateLimiterAbstract) => Promise<T>): Promise<T> {
    const client = await redis();
    if (client) {
      let limiter = inRedis.get(client);
      if (!limiter) {
        limiter = new RateLimiterRedis({ ...settings, storeClient: client, rejectIfRedisNotReady: true });
        inRedis.set(client, limiter);
      }
      try {
        const result = await operation(limiter);
        reportRedisUp();
        return result;
      } catch (error) {
        reportRedisDown(error instanceof Error ? error.message : String(error));
      }
    }
    return operation(memory);
  }

  // Account names and addresses are stored only as keyed hashes: Redis never holds who tried to sign in.
  const hashed = (key: string) => keyedHash("rate-limit-key", `${name}:${key}`);

  return {
    async read(key) {
      const result: RateLimiterRes | null = await run((limiter) => limiter.get(hashed(key)));
      // The memory store keeps an ended count until its timer fires; a negative time left means it has ended.
      if (!result || result.msBeforeNext <= 0) return undefined;
      return { hits: result.consumedPoints, msLeft: result.msBeforeNext };
    },
    async hit(key) {
      const result: RateLimiterRes = await run((limiter) => limiter.penalty(hashed(key)));
      return result.consumedPoints;
    },
    async hold(key, seconds) {
      await run((limiter) => limiter.block(hashed(key), seconds));
    },
    async forget(key) {
      await run((limiter) => limiter.delete(hashed(key)));
    },
  };
}

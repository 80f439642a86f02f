// Server-only: account names whose known-device passes were ended, and when: in Redis for the whole fleet when it
// answers (keyed hashes only, as every throttle key), and in this instance's memory as well.
import "server-only";

import { keyedHash } from "@/lib/fleet/fleet-crypto";
import { reachableRedis } from "@/lib/fleet/redis-connection";
import { reportRedisDown } from "@/lib/fleet/redis-outage";

/** No timers: a retirement outlives Node's longest timer (24.8 days), so expiry is checked when it is read. */
const inMemory = new Map<string, { retiredAt: number; until: number }>();

const keyOf = (accountName: string) => `nfa:device-retired:${keyedHash("rate-limit-key", accountName)}`;

/** Records that `accountNames` stopped naming their account now, remembered for `keepMs`. */
export async function retireNames(accountNames: readonly string[], keepMs: number): Promise<void> {
  const retiredAt = Date.now();
  for (const [key, entry] of inMemory) if (entry.until <= retiredAt) inMemory.delete(key);
  for (const name of accountNames) inMemory.set(keyOf(name), { retiredAt, until: retiredAt + keepMs });
  const redis = await reachableRedis();
  if (!redis) return;
  await Promise.all(
    accountNames.map((name) =>
      redis
        .set(keyOf(name), String(retiredAt), "PX", keepMs)
        .catch((error: Error) => reportRedisDown(error.message)),
    ),
  );
}

/** When `accountName` was last retired, if that is still remembered. */
export async function nameRetiredAt(accountName: string): Promise<number | undefined> {
  const key = keyOf(accountName);
  const redis = await reachableRedis();
  const shared = redis
    ? await redis.get(key).catch((error: Error) => {
        reportRedisDown(error.message);
        return null;
      })
    : null;
  const local = inMemory.get(key);
  const times = [Number(shared ?? NaN), local && local.until > Date.now() ? local.retiredAt : NaN];
  const known = times.filter((time) => Number.isFinite(time));
  return known.length > 0 ? Math.max(...known) : undefined;
}

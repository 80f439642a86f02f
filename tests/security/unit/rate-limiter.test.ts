// The limiter on its own, on a clock the test moves: windows, limits per key, and a store that stays bounded.
import { describe, expect, it } from "vitest";

import { MemoryRateLimitStore } from "@/lib/rate-limit/memory-rate-limit-store";
import { RateLimiter } from "@/lib/rate-limit/rate-limiter";

function limiterOnClock(windowMs = 60_000) {
  const clock = { now: 1_000_000 };
  const store = new MemoryRateLimitStore();
  return { clock, store, limiter: new RateLimiter(store, windowMs, () => clock.now) };
}

describe("RateLimiter", () => {
  it("allows hits up to the limit, then quotes the seconds left in the window", async () => {
    const { clock, limiter } = limiterOnClock();
    const keys = [{ key: "a", limit: 2 }];
    await limiter.hit(keys);
    expect(await limiter.secondsUntilAllowed(keys)).toBe(0);
    await limiter.hit(keys);
    expect(await limiter.secondsUntilAllowed(keys)).toBe(60);
    clock.now += 45_500;
    expect(await limiter.secondsUntilAllowed(keys)).toBe(15);
    clock.now += 14_500;
    expect(await limiter.secondsUntilAllowed(keys)).toBe(0);
  });

  it("waits for the longest of several keys, and counts each key apart", async () => {
    const { clock, limiter } = limiterOnClock();
    await limiter.hit([{ key: "ip", limit: 1 }]);
    clock.now += 30_000;
    await limiter.hit([{ key: "account", limit: 1 }]);
    const both = [
      { key: "ip", limit: 1 },
      { key: "account", limit: 1 },
    ];
    expect(await limiter.secondsUntilAllowed(both)).toBe(60);
    expect(await limiter.secondsUntilAllowed([{ key: "other", limit: 1 }])).toBe(0);
  });

  it("forgets a key that is cleared", async () => {
    const { limiter } = limiterOnClock();
    const keys = [{ key: "a", limit: 1 }];
    await limiter.hit(keys);
    await limiter.clear(keys);
    expect(await limiter.secondsUntilAllowed(keys)).toBe(0);
  });
});

describe("MemoryRateLimitStore", () => {
  it("never holds more keys than its bound, dropping ended windows first, then the longest idle", async () => {
    const store = new MemoryRateLimitStore(2);
    await store.increment("ended", 10, 0);
    await store.increment("idle", 1_000, 5);
    await store.increment("busy", 1_000, 20);
    expect(await store.get("ended", 20)).toBeUndefined();
    expect(await store.get("idle", 20)).toEqual({ count: 1, resetAt: 1_005 });
    await store.increment("newest", 1_000, 30);
    expect(await store.get("idle", 30)).toBeUndefined();
    expect(await store.get("busy", 30)).toEqual({ count: 1, resetAt: 1_020 });
  });
});

// The throttle on a real Redis (a redis-server this file starts on a free loopback port): instances count
// together, Redis holds no name or address, and when Redis is down, hangs or refuses our password each instance
// falls back to its own memory at once, logging the outage once.
import { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type * as AuthThrottleModule from "@/lib/rate-limit/auth-throttle";

import { startRedis, type RedisServer } from "../../../scripts/lib/redis";
import { closeAppRedisConnections } from "../../setup/redis-connections";

const policy: AuthThrottleModule.ThrottlePolicy = {
  windowSeconds: 900,
  perAccount: 3,
  delaySeconds: 60,
  perIp: 20,
  global: 1000,
};
const demo: AuthThrottleModule.AuthAttempt = {
  kind: "login",
  clientIp: "198.51.100.7",
  accountNames: ["Demo"],
};

const servers: RedisServer[] = [];
async function redisServer(options: Parameters<typeof startRedis>[0] = {}) {
  const server = await startRedis(options);
  servers.push(server);
  return server;
}

/** Two app instances: each its own copy of the modules (own memory), both configured with `redisUrl`. */
async function twoInstancesOn(redisUrl: string) {
  vi.stubEnv("REDIS_URL", redisUrl);
  vi.stubEnv("REDIS_TIMEOUT_MS", "200");
  const instance = async () => {
    vi.resetModules();
    const { createAuthThrottle } = await import("@/lib/rate-limit/auth-throttle");
    return createAuthThrottle(policy);
  };
  return [await instance(), await instance()] as const;
}

/** An account first tried once Redis is back, so only shared counts can hold it on the other instance. */
const later: AuthThrottleModule.AuthAttempt = { ...demo, accountNames: ["later"] };

const held = async (throttle: AuthThrottleModule.AuthThrottle, attempt = demo) =>
  (await throttle.refusal(attempt)) !== undefined;
const failThrice = async (throttle: AuthThrottleModule.AuthThrottle, attempt = demo) => {
  for (let index = 0; index < 3; index++) await throttle.recordAttempt(attempt);
};

let warnings: { mock: { calls: unknown[][] }; mockRestore(): void };

/** Waits (by asking, as requests do) until Redis is used again: after a failure it is left alone for a moment. */
async function untilSharedAgain(throttle: AuthThrottleModule.AuthThrottle) {
  await vi.waitFor(async () => {
    await throttle.refusal({ ...demo, accountNames: ["probe"] });
    expect(outageLines().at(-1)).toMatch(/^\[redis\] available again/);
  }, 10_000);
}

const outageLines = () =>
  warnings.mock.calls.map(([line]) => String(line)).filter((line) => line.startsWith("[redis]"));

beforeEach(() => {
  warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(async () => {
  closeAppRedisConnections();
  vi.unstubAllEnvs();
  warnings.mockRestore();
  for (const server of servers.splice(0)) await server.stop();
});

describe("with Redis", () => {
  it("counts the failures of every instance together", async () => {
    const redis = await redisServer();
    const [first, second] = await twoInstancesOn(redis.url);
    await first.recordAttempt(demo);
    await second.recordAttempt(demo);
    expect(await held(first)).toBe(false);
    await first.recordAttempt(demo);
    expect(await second.refusal(demo)).toMatchObject({
      message: "Too many attempts. Try again in 60 seconds.",
    });
    await second.recordSuccess(demo);
    expect(await held(first)).toBe(false);
    expect(outageLines()).toEqual([]);
  });

  it("stores only keyed hashes: no account name or address in any key or value, and every key expires", async () => {
    const redis = await redisServer();
    const [instance] = await twoInstancesOn(redis.url);
    await failThrice(instance);
    const inspector = new Redis(redis.url);
    try {
      const keys = await inspector.keys("*");
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        expect(key).toMatch(/^nfa:rl:login:(failures|holds|ip|global):[0-9a-f]{64}$/);
        expect(await inspector.get(key)).toMatch(/^\d+$/);
        const ttl = await inspector.pttl(key);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(policy.windowSeconds * 1000);
      }
    } finally {
      inspector.disconnect();
    }
  });
});

describe("when Redis fails", () => {
  it("goes on per instance while Redis is down, logs the outage once, and shares again when it is back", async () => {
    const redis = await redisServer();
    const [first, second] = await twoInstancesOn(redis.url);
    await first.recordAttempt(demo);
    await redis.stop();

    await failThrice(first);
    expect(await held(first)).toBe(true);
    // The other instance counts on its own now: the first one's failures are not known to it.
    expect(await held(second)).toBe(false);
    expect(outageLines()).toEqual([expect.stringMatching(/^\[redis\] unavailable \(.+\): rate limits/)]);

    await redisServer({ port: redis.port });
    await untilSharedAgain(second);
    await failThrice(second, later);
    expect(await held(first, later)).toBe(true);
    expect(outageLines()).toEqual([
      expect.stringMatching(/^\[redis\] unavailable/),
      expect.stringMatching(/^\[redis\] available again/),
    ]);
  });

  it("falls back when Redis hangs, after the short timeout, and counts in Redis again once it answers", async () => {
    const redis = await redisServer();
    const [first, second] = await twoInstancesOn(redis.url);
    await first.recordAttempt({ ...demo, accountNames: ["someone-else"] });
    redis.pause();
    await failThrice(first);
    expect(await held(first)).toBe(true);
    expect(await held(second)).toBe(false);
    expect(outageLines()).toEqual([expect.stringMatching(/^\[redis\] unavailable \(Command timed out\)/)]);

    redis.resume();
    await untilSharedAgain(second);
    await failThrice(second, later);
    expect(await held(first, later)).toBe(true);
    expect(outageLines()).toEqual([
      expect.stringMatching(/^\[redis\] unavailable/),
      expect.stringMatching(/^\[redis\] available again/),
    ]);
  });

  it("falls back when Redis refuses the password, from the first request on", async () => {
    const redis = await redisServer({ password: "the-right-password" });
    const wrongUrl = redis.url.replace("the-right-password", "a-wrong-password");
    const [first, second] = await twoInstancesOn(wrongUrl);
    await failThrice(first);
    expect(await held(first)).toBe(true);
    expect(await held(second)).toBe(false);
    expect(outageLines()).toEqual([expect.stringMatching(/^\[redis\] unavailable \(WRONGPASS/)]);
  });
});

// Liveness and readiness through their route handlers: the embedded backend behind MSW, a real Redis this file
// starts, and one that is not there.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { startRedis, type RedisServer } from "../../../scripts/lib/redis";
import { mockBackend } from "../../mocks/node";
import { freePort } from "../../setup/free-port";
import { closeAppRedisConnections } from "../../setup/redis-connections";

import type * as HealthRoute from "../../../app/api/health/route";
import type * as ReadyRoute from "../../../app/api/ready/route";

/** Fresh copies of the routes, so they read the configuration stubbed just before. */
async function routes(env: Record<string, string> = {}) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  const health = (await import("../../../app/api/health/route")) as typeof HealthRoute;
  const ready = (await import("../../../app/api/ready/route")) as typeof ReadyRoute;
  return { health: health.GET, ready: ready.GET };
}

const answer = async (response: Response) => ({
  status: response.status,
  cache: response.headers.get("cache-control"),
  body: (await response.json()) as unknown,
});

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterEach(() => {
  closeAppRedisConnections();
  vi.unstubAllEnvs();
});
afterAll(() => redis.stop());

describe("GET /api/health", () => {
  it("answers at once without asking FastAPI, even when FastAPI is down", async () => {
    const { health } = await routes();
    mockBackend.setFaults({ mode: "hang" });
    expect(await answer(health())).toEqual({ status: 200, cache: "no-store", body: { status: "ok" } });
    expect(mockBackend.stats()).toEqual({});
  });
});

describe("GET /api/ready", () => {
  it("is ready when FastAPI answers", async () => {
    const { ready } = await routes();
    expect(await answer(await ready())).toEqual({
      status: 200,
      cache: "no-store",
      body: { status: "ready" },
    });
  });

  it.each([
    ["answers 500", "error"],
    ["answers garbage", "garbage"],
    ["hangs", "hang"],
  ] as const)("names FastAPI with a 503 when it %s, and nothing it said", async (_case, mode) => {
    const { ready } = await routes();
    mockBackend.setFaults({ mode });
    expect(await answer(await ready())).toEqual({
      status: 503,
      cache: "no-store",
      body: { status: "unavailable", failed: ["fastapi"] },
    });
  });

  it("waits for Redis when REDIS_URL is set: ready with it, 503 naming it without it", async () => {
    const withRedis = await routes({ REDIS_URL: redis.url });
    expect(await answer(await withRedis.ready())).toMatchObject({ status: 200 });
    closeAppRedisConnections();

    const withoutRedis = await routes({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    expect(await answer(await withoutRedis.ready())).toEqual({
      status: 503,
      cache: "no-store",
      body: { status: "unavailable", failed: ["redis"] },
    });
  });
});

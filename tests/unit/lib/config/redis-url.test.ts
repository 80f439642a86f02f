// REDIS_URL is validated at start-up like every other setting: redis:// or rediss:// (TLS), or unset.
import { afterEach, describe, expect, it, vi } from "vitest";

async function envWith(redisUrl: string) {
  vi.stubEnv("REDIS_URL", redisUrl);
  vi.resetModules();
  return (await import("@/env")).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("REDIS_URL", () => {
  it("accepts redis:// and rediss:// URLs, with a password and a database", async () => {
    for (const url of [
      "redis://127.0.0.1:6379",
      "redis://:p%40ss@127.0.0.1:6379/2",
      "rediss://user:pw@redis.example:6380",
    ]) {
      expect((await envWith(url)).REDIS_URL).toBe(url);
    }
  });

  it("refuses anything else, naming the variable", async () => {
    for (const url of ["http://127.0.0.1:6379", "127.0.0.1:6379", "redis:/nohost"]) {
      await expect(envWith(url), url).rejects.toThrow(/REDIS_URL/);
    }
  });

  it("may be left unset: each instance then keeps its own counts", async () => {
    expect((await envWith("")).REDIS_URL).toBeUndefined();
  });
});

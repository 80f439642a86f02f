// Closes the app's Redis connections between tests, so a client of one test's (stopped) server cannot report
// outages into the next test. The app keeps them on globalThis under these symbols (src/lib/fleet/).
import type { Redis } from "ioredis";

type Registry = { [key: symbol]: unknown };

export function closeAppRedisConnections(): void {
  const registry = globalThis as Registry;
  const connections = registry[Symbol.for("next-fastapi-auth.redis-connections")] as
    Map<string, { client: Redis }> | undefined;
  for (const { client } of connections?.values() ?? []) client.disconnect();
  connections?.clear();
  const outage = registry[Symbol.for("next-fastapi-auth.redis-outage")] as
    { down: boolean; retryAt: number } | undefined;
  if (outage) Object.assign(outage, { down: false, retryAt: 0 });
}

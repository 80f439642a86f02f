// A throw-away Redis as a foreground command (Playwright's web server for the fleet tests); stops on SIGTERM/SIGINT.
import * as z from "zod";

import { startRedis } from "./lib/redis";

const { TEST_REDIS_PORT: port } = z
  .object({ TEST_REDIS_PORT: z.coerce.number().int().min(1).max(65535) })
  .parse(process.env);

// Same process group as this command: whoever stops the command's group stops redis-server with it.
const redis = await startRedis({ port, inCallerGroup: true });
console.log(`redis-server on ${redis.url}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void redis.stop().finally(() => process.exit(0));
  });
}

// Server-only: a stop that is clean and bounded. On SIGTERM, Next stops taking connections, answers the requests
// in flight and exits (143); this ends that wait after SHUTDOWN_TIMEOUT_SECONDS and closes Redis on the way out.
import "server-only";

import { env } from "@/env";
import { closeRedisConnections } from "@/lib/fleet/redis-connection";
import { logEvent } from "@/lib/server-log";

/** Exit code of a stop that gave up on requests still in flight: not the 143 of a clean SIGTERM stop. */
const GAVE_UP_EXIT_CODE = 1;

export function stopCleanlyOnTermination(): void {
  process.once("SIGTERM", () => {
    const timeoutSeconds = env.SHUTDOWN_TIMEOUT_SECONDS;
    logEvent("info", "shutdown-started", { timeoutSeconds });
    // Unref'd: once Next has answered everything and exits, this timer must not keep the process alive.
    setTimeout(() => {
      logEvent("warn", "shutdown-timed-out", { timeoutSeconds });
      process.exit(GAVE_UP_EXIT_CODE);
    }, timeoutSeconds * 1000).unref();
  });
  // However the process ends; `exit` handlers run synchronously, and disconnect() is.
  process.once("exit", closeRedisConnections);
}

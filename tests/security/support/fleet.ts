// A fleet in the default configuration: two instances of the build sharing a throw-away Redis, behind nginx,
// with no trusted proxy (TRUST_PROXY_HEADERS off), so no client address is known to the rate limits.
import { startNginx } from "../../../scripts/lib/nginx";
import { startRedis, type RedisServer } from "../../../scripts/lib/redis";
import { freePort } from "../../setup/free-port";

import { appEnv, suite } from "./app-env";
import { startNextApp, type NextApp } from "./next-app";

export interface Fleet {
  /** nginx, round-robin over the instances. */
  frontUrl: string;
  instances: NextApp[];
  redis: RedisServer;
  stop(): Promise<void>;
}

export async function startFleet(): Promise<Fleet> {
  const redis = await startRedis();
  const frontPort = await freePort();
  const env = appEnv({
    FASTAPI_URL: suite.mockUrl(),
    APP_URL: `http://127.0.0.1:${frontPort}`,
    TRUST_PROXY_HEADERS: "false",
    REDIS_URL: redis.url,
  });
  const started = await Promise.allSettled(
    // Named by worker: a fleet per worker, and a test that reads its instances' logs reads only their lines.
    ["a", "b"].map((letter) =>
      startNextApp({ name: `fleet-${process.pid}-${letter}`, logDir: suite.logDir(), env }),
    ),
  );
  const instances = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const stopAll = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await redis.stop();
  };
  try {
    const failed = started.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    const front = await startNginx(
      frontPort,
      instances.map((instance) => instance.port),
    );
    return {
      frontUrl: front.url,
      instances,
      redis,
      stop: async () => {
        await front.stop();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

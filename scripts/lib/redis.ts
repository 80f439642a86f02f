// A throw-away redis-server on loopback for the tests and the bench: no persistence, stopped (or paused) by pid.
import { existsSync } from "node:fs";

import { freePort, startProcess, waitForPort } from "./processes";

/** Debian's redis-server; REDIS_SERVER_PATH overrides it. */
const redisServerPath = () => process.env.REDIS_SERVER_PATH ?? "/usr/bin/redis-server";

export interface RedisServer {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
  /** SIGSTOP: the server keeps its connections but answers nothing, like a Redis that hangs. */
  pause(): void;
  resume(): void;
}

export interface RedisOptions {
  /** A free port is chosen when omitted; give one to restart a server where its clients expect it. */
  port?: number;
  /** Makes the server require this password (`requirepass`). */
  password?: string;
  /** Stay in the caller's process group (see StartOptions). */
  inCallerGroup?: boolean;
}

export async function startRedis({
  port,
  password,
  inCallerGroup = false,
}: RedisOptions = {}): Promise<RedisServer> {
  const path = redisServerPath();
  if (!existsSync(path)) {
    throw new Error(
      `redis-server not found at ${path}. The fleet tests need a real Redis: install it (Debian: ` +
        "apt-get install redis-server, as bash .ci/run does) or set REDIS_SERVER_PATH.",
    );
  }
  const chosenPort = port ?? (await freePort());
  const args = ["--port", String(chosenPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
  if (password) args.push("--requirepass", password);
  const server = startProcess("redis-server", path, args, { inCallerGroup });
  try {
    await waitForPort(chosenPort, server, 15_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const credentials = password ? `:${encodeURIComponent(password)}@` : "";
  return {
    url: `redis://${credentials}127.0.0.1:${chosenPort}`,
    port: chosenPort,
    pid: server.pid,
    stop: () => {
      // A paused server would sit out the stop's grace period before being killed.
      if (server.isRunning()) process.kill(server.pid, "SIGCONT");
      return server.stop();
    },
    pause: () => process.kill(server.pid, "SIGSTOP"),
    resume: () => process.kill(server.pid, "SIGCONT"),
  };
}

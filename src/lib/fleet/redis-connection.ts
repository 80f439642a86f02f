// Server-only: the one Redis client of this process (REDIS_URL), handed out only while Redis can answer.
import "server-only";

import { Redis } from "ioredis";

import { env } from "@/env";

import { redisOnHold, reportRedisDown, reportRedisUp } from "./redis-outage";

interface Connection {
  client: Redis;
  /** Settles when the first connection is made or has failed, so early requests wait for it once. */
  firstAttempt: Promise<void>;
  /** Why the connection last failed, for the outage log. */
  lastError?: string;
}

// On globalThis: the proxy and the app are separate bundles in one process; one connection per URL serves both.
const connections = ((globalThis as { [key: symbol]: Map<string, Connection> | undefined })[
  Symbol.for("next-fastapi-auth.redis-connections")
] ??= new Map());

/** Longest pause between reconnection attempts while Redis is away. */
const MAX_RECONNECT_DELAY_MS = 2_000;

/** Settles once `client` has connected or failed to, or after the timeout, whichever comes first. */
function firstAttemptOf(client: Redis): Promise<void> {
  return new Promise<void>((resolve) => {
    const settle = () => {
      clearTimeout(timer);
      client.off("ready", settle).off("error", settle);
      resolve();
    };
    const timer = setTimeout(settle, env.REDIS_TIMEOUT_MS);
    client.once("ready", settle).once("error", settle);
  });
}

function connect(url: string): Connection {
  const client = new Redis(url, {
    connectTimeout: env.REDIS_TIMEOUT_MS,
    // A slow Redis must not slow every sign-in and page: past this, the caller falls back to its own memory.
    commandTimeout: env.REDIS_TIMEOUT_MS,
    // Commands are only sent while the connection is ready; one that loses it fails instead of waiting.
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
  });
  const connection: Connection = { client, firstAttempt: firstAttemptOf(client) };
  client.on("error", (error: Error) => {
    connection.lastError = error.message;
    reportRedisDown(error.message);
  });
  client.on("ready", () => {
    connection.lastError = undefined;
    reportRedisUp();
  });
  return connection;
}

/** Closes this process's Redis connection at once, for a server on its way out; nothing is sent after it. */
export function closeRedisConnections(): void {
  for (const { client } of connections.values()) client.disconnect();
  connections.clear();
}

/**
 * The shared Redis, or undefined without REDIS_URL or while it is unreachable (down, refusing our password,
 * still reconnecting, or failed a moment ago): the caller then uses this instance's memory. Never waits longer
 * than REDIS_TIMEOUT_MS, and only for the process's first connection.
 */
export async function reachableRedis(): Promise<Redis | undefined> {
  if (!env.REDIS_URL || redisOnHold()) return undefined;
  let connection = connections.get(env.REDIS_URL);
  if (!connection) {
    connection = connect(env.REDIS_URL);
    connections.set(env.REDIS_URL, connection);
  }
  await connection.firstAttempt;
  if (connection.client.status === "ready") return connection.client;
  // The connection may have dropped before its error event: the outage starts now either way.
  reportRedisDown(connection.lastError ?? `connection ${connection.client.status}`);
  return undefined;
}

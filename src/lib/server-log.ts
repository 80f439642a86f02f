// Server-only: the app's log, one JSON line per event on stdout (pino), from LOG_LEVEL up. A value that came with
// a request (a provider's error text, a header) is a quoted field that cannot break the line or forge another.
import "server-only";

import pino from "pino";

import { env } from "@/env";

type Level = "debug" | "info" | "warn" | "error";

const MAX_FIELD_LENGTH = 500;

// On globalThis: the proxy and the app are separate bundles in one process, writing one log.
const logger = ((globalThis as { [key: symbol]: pino.Logger | undefined })[
  Symbol.for("next-fastapi-auth.logger")
] ??= pino(
  {
    level: env.LOG_LEVEL,
    // Level names, not pino's numbers, and no pid or hostname: a container runs one server.
    base: undefined,
    formatters: { level: (label) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
  },
  // Written synchronously on Linux (files and pipes), so a line is out before a crash or an exit.
  process.stdout,
));

/** Strings are cut to a bounded length: a hostile value may be large as well as strange. */
const bounded = (value: unknown) =>
  typeof value === "string" && value.length > MAX_FIELD_LENGTH
    ? `${value.slice(0, MAX_FIELD_LENGTH)}…`
    : value;

export function logEvent(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  logger[level]({
    ...Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, bounded(value)])),
    event,
  });
}

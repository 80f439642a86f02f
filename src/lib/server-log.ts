// Server-only: one JSON line per logged event, so a value that came with a request (a provider's error text, a
// header) is a quoted field that cannot break the line or forge another entry.
import "server-only";

type Level = "info" | "warn" | "error";

const MAX_FIELD_LENGTH = 500;

/** Strings are cut to a bounded length: a hostile value may be large as well as strange. */
const bounded = (value: unknown) =>
  typeof value === "string" && value.length > MAX_FIELD_LENGTH
    ? `${value.slice(0, MAX_FIELD_LENGTH)}…`
    : value;

export function logEvent(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  const entry = { level, time: new Date().toISOString(), event };
  const line = JSON.stringify({
    ...Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, bounded(value)])),
    ...entry,
  });
  if (level === "info") console.info(line);
  else if (level === "warn") console.warn(line);
  else console.error(line);
}

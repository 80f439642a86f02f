// Server-only: the Content-Security-Policy violation reports browsers send, read within a size and a rate limit and
// logged one structured line each, so a page under attack (or a flood from anyone) costs little and never fails.
import "server-only";

import { logEvent } from "@/lib/server-log";

/** A real report is well under 2 KB; a larger body is refused unread. */
const MAX_REPORT_BYTES = 16 * 1024;
/** Reports this process logs per minute; past it they are answered and dropped. */
const REPORTS_PER_MINUTE = 60;

let windowStartedAt = 0;
let loggedInWindow = 0;

function withinRate(): boolean {
  const now = Date.now();
  if (now - windowStartedAt >= 60_000) {
    windowStartedAt = now;
    loggedInWindow = 0;
  }
  loggedInWindow += 1;
  return loggedInWindow <= REPORTS_PER_MINUTE;
}

/** The body as text, or undefined once it passes `limit` bytes (the rest is never read). */
async function readBounded(request: Request, limit: number): Promise<string | undefined> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return undefined;
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === "object" && value !== null;

/** The fields worth logging, from report-uri's `{"csp-report": …}` or a Reporting API entry's `body`. */
function violationFields(report: Fields) {
  const text = (...names: string[]) => {
    const value = names.map((name) => report[name]).find((candidate) => typeof candidate === "string");
    return typeof value === "string" ? value : undefined;
  };
  return {
    directive: text("effective-directive", "effectiveDirective", "violated-directive"),
    blockedUri: text("blocked-uri", "blockedURL"),
    documentUri: text("document-uri", "documentURL"),
    sourceFile: text("source-file", "sourceFile"),
  };
}

function violationsIn(payload: unknown): ReturnType<typeof violationFields>[] {
  if (isObject(payload) && isObject(payload["csp-report"])) return [violationFields(payload["csp-report"])];
  if (Array.isArray(payload)) {
    return payload
      .filter(
        (entry): entry is Fields => isObject(entry) && entry.type === "csp-violation" && isObject(entry.body),
      )
      .map((entry) => violationFields(entry.body as Fields));
  }
  return [];
}

const answer = (status: number) => new Response(null, { status });

/** 204 for a report (logged, or dropped past the rate), 400 for something else, 413 when too large. */
export async function receiveCspReport(request: Request): Promise<Response> {
  const body = await readBounded(request, MAX_REPORT_BYTES).catch(() => undefined);
  if (body === undefined) return answer(413);
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return answer(400);
  }
  const violations = violationsIn(payload);
  if (violations.length === 0) return answer(400);
  for (const violation of violations) {
    if (!withinRate()) break;
    logEvent("warn", "csp-violation", violation);
  }
  return answer(204);
}

// Server-only: one log line per request answered, with its method, path, status, duration and request id. Read
// from Node's own HTTP diagnostics channels, so every request counts, whichever part of Next answered it.
import "server-only";

import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";

import { isBuildAssetPath } from "@/lib/auth/route-rules";
import { REQUEST_ID_HEADER } from "@/lib/request-id";
import { logEvent } from "@/lib/server-log";

interface HttpServerMessage {
  request: IncomingMessage;
  response: ServerResponse;
}

const startedAt = new WeakMap<ServerResponse, bigint>();

/** Milliseconds since `started`, to a tenth. */
const millisecondsSince = (started: bigint) =>
  Math.round(Number(process.hrtime.bigint() - started) / 100_000) / 10;

export function logEveryRequest(): void {
  subscribe("http.server.request.start", (message) => {
    startedAt.set((message as HttpServerMessage).response, process.hrtime.bigint());
  });
  subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as HttpServerMessage;
    const started = startedAt.get(response);
    // Never the query: an OpenID callback's holds the authorization code.
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    // Build assets only at LOG_LEVEL=debug: a page brings a dozen of them.
    logEvent(isBuildAssetPath(path) ? "debug" : "info", "request", {
      method: request.method,
      path,
      status: response.statusCode,
      durationMs: started === undefined ? undefined : millisecondsSince(started),
      requestId: response.getHeader(REQUEST_ID_HEADER),
    });
  });
}

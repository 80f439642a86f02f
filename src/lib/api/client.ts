// Server-only gateway to FastAPI: the one place that builds FastAPI URLs, with a timeout and no caching.
import "server-only";

import type { Span } from "@opentelemetry/api";
import createClient, { type Middleware } from "openapi-fetch";

import { env, fastapiUrl } from "@/env";
import { REQUEST_ID_HEADER, currentRequestId } from "@/lib/request-id";
import { logEvent } from "@/lib/server-log";
import { endFastapiSpan, startFastapiSpan } from "@/lib/tracing/spans";

import { fastapiConnections } from "./connections";
import { ApiError, decodeHttpError, decodeThrown } from "./errors";
import type { paths } from "./schema";

/**
 * Every call gets `cache: "no-store"` (FastAPI answers `Cache-Control: public, max-age=60` even on tokens),
 * a timeout, and `redirect: "manual"`: FastAPI's slash redirects carry a Location built from our Host header,
 * so following them blindly could send a bearer token elsewhere. It carries the request id of the request it
 * serves, so FastAPI's logs can be matched with ours.
 */
async function fetchWithTimeout(request: Request): Promise<Response> {
  const requestId = await currentRequestId();
  if (requestId) request.headers.set(REQUEST_ID_HEADER, requestId);
  // Read the global at call time so test interceptors (MSW) see every request.
  const init = {
    cache: "no-store",
    redirect: "manual",
    signal: AbortSignal.timeout(env.FASTAPI_TIMEOUT_MS),
    // Node's fetch takes an undici dispatcher; the DOM's RequestInit type does not know the field.
    dispatcher: fastapiConnections,
  } satisfies RequestInit & { dispatcher: unknown };
  return globalThis.fetch(request, init);
}

export const fastapi = createClient<paths>({
  baseUrl: fastapiUrl,
  fetch: fetchWithTimeout,
});

/** The span of each call in flight, by openapi-fetch's id for the call. */
const callSpans = new Map<string, Span>();

function endCallSpan(id: string, response: Response | undefined): void {
  const span = callSpans.get(id);
  callSpans.delete(id);
  if (span) endFastapiSpan(span, response);
}

/** One CLIENT span per call, named by the route's template, which only openapi-fetch still knows here. */
const tracing: Middleware = {
  onRequest: ({ request, schemaPath, id }) => {
    callSpans.set(id, startFastapiSpan(request, schemaPath));
    return request;
  },
  onResponse: ({ response, id }) => endCallSpan(id, response),
  onError: ({ id }) => endCallSpan(id, undefined),
};

if (env.OTEL_EXPORTER_OTLP_ENDPOINT) fastapi.use(tracing);

/** What a thrown fetch error says of its cause: a timeout's name, or the socket's code (`UND_ERR_SOCKET`, …). */
function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return "unknown";
  const cause = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof cause === "string" ? cause : error.name;
}

/**
 * A call that got no answer, or a 5xx, is logged with its route template (never the URL, which names users), so
 * an operator can tell why a page said the service is unavailable. The request id ties it to the request's line.
 */
fastapi.use({
  onResponse: async ({ request, schemaPath, response }) => {
    if (response.status < 500) return;
    logEvent("warn", "fastapi-error", {
      method: request.method,
      route: schemaPath,
      status: response.status,
      requestId: await currentRequestId(),
    });
  },
  onError: async ({ request, schemaPath, error }) => {
    logEvent("warn", "fastapi-unanswered", {
      method: request.method,
      route: schemaPath,
      cause: causeOf(error),
      requestId: await currentRequestId(),
    });
  },
});

/** The shape of every openapi-fetch result: data on 2xx, the parsed error body otherwise. */
interface CallResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError for every failure: non-2xx,
 * timeout, refused connection, or a body that is not JSON.
 */
export async function send<D>(call: Promise<CallResult<D>>): Promise<{ data: D; response: Response }> {
  let result: CallResult<D>;
  try {
    result = await call;
  } catch (error) {
    throw decodeThrown(error);
  }
  const { response } = result;
  if (!response.ok) throw decodeHttpError(response.status, result.error);
  if (result.data === undefined) {
    throw new ApiError("invalid-response", "The service sent an empty answer.", { status: response.status });
  }
  return { data: result.data, response };
}

/** The `Authorization` header FastAPI's OAuth2 scheme expects. */
export const bearer = (accessToken: string) => ({ Authorization: `Bearer ${accessToken}` });

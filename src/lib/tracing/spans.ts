// Server-only: this app's own spans (a server action's work, each FastAPI call), no-ops while tracing is off.
import "server-only";

import { SpanKind, SpanStatusCode, context, propagation, trace, type Span } from "@opentelemetry/api";

const tracer = trace.getTracer("next-fastapi-auth");

/** Runs `work` inside a span named `name`, marked as failed when it throws (a redirect() too: it throws). */
export function inSpan<T>(name: string, work: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * A CLIENT span for one FastAPI call, named by the route's template (`GET /api/v1/user/{username}`, never the
 * username), with `traceparent` added to the request so FastAPI's own traces can join ours.
 */
export function startFastapiSpan(request: Request, routeTemplate: string): Span {
  const url = new URL(request.url);
  const span = tracer.startSpan(`${request.method} ${routeTemplate}`, {
    kind: SpanKind.CLIENT,
    attributes: {
      "http.request.method": request.method,
      "url.template": routeTemplate,
      "server.address": url.hostname,
      ...(url.port ? { "server.port": Number(url.port) } : {}),
    },
  });
  propagation.inject(trace.setSpan(context.active(), span), request.headers, {
    set: (headers, key, value) => headers.set(key, value),
  });
  return span;
}

/** Ends a FastAPI call's span with its status, or as failed when no answer came. */
export function endFastapiSpan(span: Span, response: Response | undefined): void {
  if (response) span.setAttribute("http.response.status_code", response.status);
  if (!response || response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

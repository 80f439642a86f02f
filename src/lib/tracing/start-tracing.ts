// Server-only: OpenTelemetry for this server when OTEL_EXPORTER_OTLP_ENDPOINT is set; unset, none of it loads.
import "server-only";

import { env } from "@/env";

/**
 * Registers a tracer provider that batches spans to the OTLP/HTTP collector. Next's own spans (the request, the
 * render) start reaching it from then on, and so do this app's (server actions, FastAPI calls: ./spans.ts). The
 * provider also sets the W3C trace-context propagator, which puts `traceparent` on the calls to FastAPI.
 */
export async function startTracing(): Promise<void> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return;
  const [{ BatchSpanProcessor, NodeTracerProvider }, { OTLPTraceExporter }, { resourceFromAttributes }] =
    await Promise.all([
      import("@opentelemetry/sdk-trace-node"),
      import("@opentelemetry/exporter-trace-otlp-http"),
      import("@opentelemetry/resources"),
    ]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME }),
    // The exporter reads the endpoint (and any OTEL_EXPORTER_OTLP_* header or timeout) from the environment.
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  // Next's own span per fetch names the raw URL (usernames in it) and doubles ours, which name the route template.
  process.env.NEXT_OTEL_FETCH_DISABLED ??= "1";
  // Sends what is batched while Next answers the requests in flight; spans ended in the last moment may miss it.
  process.once("SIGTERM", () => void provider.shutdown().catch(() => undefined));
}

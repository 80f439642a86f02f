// Traces (docs/deployment.md, "Traces"): with OTEL_EXPORTER_OTLP_ENDPOINT set, a sign-in is one trace holding the
// server action's span and its FastAPI call's CLIENT span, named by the route's template, and FastAPI receives the
// trace's `traceparent`. The collector is a real OTLP/HTTP receiver (JSON encoding) that this test runs.
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { SEED_DEMO } from "../fixtures/seed";
import { freePort } from "../setup/free-port";

import { appEnv, suite } from "./support/app-env";
import { expect, test } from "./support/fixtures";
import { startNextApp } from "./support/next-app";

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}

/** OTLP's SpanKind for a call this service makes to another one. */
const SPAN_KIND_CLIENT = 3;

const readBody = (message: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on("data", (chunk: Buffer) => chunks.push(chunk));
    message.on("end", () => resolve(Buffer.concat(chunks)));
    message.on("error", reject);
  });

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

/** An OTLP/HTTP receiver: every span posted to /v1/traces, and the raw bodies for the leak check. */
function startCollector() {
  const spans: ExportedSpan[] = [];
  const bodies: string[] = [];
  const server = createServer((message, response) => {
    void readBody(message).then((body) => {
      if (message.url === "/v1/traces" && message.headers["content-type"]?.startsWith("application/json")) {
        bodies.push(body.toString("utf8"));
        const payload = JSON.parse(body.toString("utf8")) as {
          resourceSpans?: { scopeSpans?: { spans?: ExportedSpan[] }[] }[];
        };
        for (const resource of payload.resourceSpans ?? [])
          for (const scope of resource.scopeSpans ?? []) spans.push(...(scope.spans ?? []));
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  return { spans, bodies, server, url: listen(server) };
}

/** Passes every request on to the embedded backend, noting the `traceparent` each route was called with. */
function startRecordingProxy(target: string) {
  const traceparents: { route: string; traceparent: string | undefined }[] = [];
  const server = createServer((incoming, outgoing) => {
    const route = `${incoming.method} ${new URL(incoming.url ?? "/", "http://proxy.invalid").pathname}`;
    const traceparent = incoming.headers.traceparent;
    traceparents.push({ route, traceparent: typeof traceparent === "string" ? traceparent : undefined });
    const forwarded = httpRequest(
      new URL(incoming.url ?? "/", target),
      { method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(forwarded);
  });
  return { traceparents, server, url: listen(server) };
}

test("a sign-in is one trace: the action's span holds its POST /api/v1/login client span, and FastAPI gets traceparent", async ({
  page,
}) => {
  const collector = startCollector();
  const fastapi = startRecordingProxy(suite.mockUrl());
  const port = await freePort();
  const app = await startNextApp({
    name: `traces-${process.pid}`,
    port,
    logDir: suite.logDir(),
    env: appEnv({
      FASTAPI_URL: await fastapi.url,
      APP_URL: `http://127.0.0.1:${port}`,
      OTEL_EXPORTER_OTLP_ENDPOINT: await collector.url,
      // Batches go out within a fifth of a second instead of five: the test polls for them.
      OTEL_BSP_SCHEDULE_DELAY: "200",
    }),
  });
  try {
    await page.goto(`${app.url}/login`);
    await page.getByLabel("Username or e-mail").fill(SEED_DEMO.username);
    await page.getByLabel("Password").fill(SEED_DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);

    const isLogin = (span: ExportedSpan) =>
      span.name === "POST /api/v1/login" && span.kind === SPAN_KIND_CLIENT;
    await expect.poll(() => collector.spans.some(isLogin)).toBe(true);
    const login = collector.spans.find(isLogin)!;
    expect(login.attributes).toContainEqual({ key: "url.template", value: { stringValue: "/api/v1/login" } });

    // Up the parent chain, within the one trace, to the server action's span.
    const byId = new Map(collector.spans.map((span) => [span.spanId, span]));
    const ancestors: ExportedSpan[] = [];
    for (let span = byId.get(login.parentSpanId ?? ""); span; span = byId.get(span.parentSpanId ?? "")) {
      expect(span.traceId).toBe(login.traceId);
      ancestors.push(span);
    }
    expect(ancestors.map((span) => span.name)).toContain("server action");

    // FastAPI was asked with this trace's context: traceparent = version-traceId-spanId-flags.
    const sent = fastapi.traceparents.filter(({ route }) => route === "POST /api/v1/login");
    expect(sent.map(({ traceparent }) => traceparent?.split("-")[1])).toContain(login.traceId);

    // A render's FastAPI calls are named by the route's template, never by the username in the URL.
    await page.goto(`${app.url}/dashboard/users/${SEED_DEMO.username}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect
      .poll(() => collector.spans.some((span) => span.name === "GET /api/v1/user/{username}"))
      .toBe(true);
    const fastapiCalls = collector.spans.filter((span) => span.kind === SPAN_KIND_CLIENT);
    expect(fastapiCalls.filter((span) => span.name.includes(`/${SEED_DEMO.username}`))).toEqual([]);
    const exported = collector.bodies.join("\n");
    expect(exported).not.toContain(SEED_DEMO.password);
    for (const cookie of await page.context().cookies()) expect(exported).not.toContain(cookie.value);
  } finally {
    await app.stop();
    collector.server.close();
    fastapi.server.close();
  }
});

// The embedded backend as a real HTTP server on loopback (`npm run mock-api`, `npm run dev`, browser tests).
import { createServer as createHttpServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { createServer as createMswApp } from "@mswjs/http-middleware";
import * as z from "zod";
import { SEED_ADMIN, SEED_DEMO } from "../fixtures/seed";
import { ANY_ORIGIN, createMockBackend, type MockBackend, type MockBackendOptions } from "./backend";

export const DEFAULT_MOCK_API_PORT = 8010;

export interface MockApiServer {
  /** e.g. `http://127.0.0.1:8010` */
  url: string;
  port: number;
  backend: MockBackend;
  /** Stops listening and drops open connections, hung requests included. */
  close(): Promise<void>;
}

export type MockApiServerOptions = { port?: number; host?: string } & MockBackendOptions;

/** Starts the mock backend on `host:port` (127.0.0.1:8010 by default; port 0 picks a free port). */
export async function startMockApiServer(options: MockApiServerOptions = {}): Promise<MockApiServer> {
  const { port = DEFAULT_MOCK_API_PORT, host = "127.0.0.1", ...backendOptions } = options;
  const backend = createMockBackend(backendOptions);
  // The middleware rebuilds each request against its own Host, so the handlers answer on any origin.
  // (Typed structurally: @types/express is not installed.)
  const app: RequestListener & { disable(setting: string): unknown } = createMswApp(
    ...backend.handlers(ANY_ORIGIN),
  );
  // FastAPI sends no X-Powered-By header; Express would.
  app.disable("x-powered-by");
  const server = createHttpServer(app);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const { port: boundPort } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${boundPort}`,
    port: boundPort,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const positiveInteger = z.coerce.number().int().positive().optional();

const envSchema = z.object({
  MOCK_API_PORT: z.coerce.number().int().min(0).max(65535).default(DEFAULT_MOCK_API_PORT),
  MOCK_ACCESS_TOKEN_TTL_SECONDS: positiveInteger,
  MOCK_REFRESH_TOKEN_TTL_SECONDS: positiveInteger,
  MOCK_LATENCY_MS: z.coerce.number().int().nonnegative().optional(),
  MOCK_JWT_SECRET: z.string().min(1).optional(),
  /** Resource-server mode: accept this OpenID Provider's tokens, minted for MOCK_OIDC_AUDIENCE. */
  MOCK_OIDC_ISSUER: z.url().optional(),
  MOCK_OIDC_AUDIENCE: z.string().min(1).default("fastapi"),
});

/** Options from MOCK_* variables; empty ones count as unset. */
function optionsFromEnv(env: NodeJS.ProcessEnv): MockApiServerOptions {
  const variables = Object.fromEntries(
    Object.entries(env).filter(([name, value]) => name.startsWith("MOCK_") && value !== ""),
  );
  const parsed = envSchema.parse(variables);
  return {
    port: parsed.MOCK_API_PORT,
    accessTokenTtlSeconds: parsed.MOCK_ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: parsed.MOCK_REFRESH_TOKEN_TTL_SECONDS,
    latencyMs: parsed.MOCK_LATENCY_MS,
    jwtSecret: parsed.MOCK_JWT_SECRET,
    oidc: parsed.MOCK_OIDC_ISSUER
      ? { issuer: parsed.MOCK_OIDC_ISSUER, audience: parsed.MOCK_OIDC_AUDIENCE }
      : undefined,
  };
}

async function main(): Promise<void> {
  const server = await startMockApiServer(optionsFromEnv(process.env));
  console.log(`Mock FastAPI backend listening on ${server.url} (API under /api/v1, controls under /__mock)`);
  for (const [role, account] of [
    ["superuser", SEED_ADMIN],
    ["user", SEED_DEMO],
  ] as const) {
    console.log(`  ${role.padEnd(9)} ${account.username} / ${account.email} / ${account.password}`);
  }

  const stop = (signal: NodeJS.Signals) => {
    console.log(`\n${signal}: stopping the mock backend`);
    server.close().catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

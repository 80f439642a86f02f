// The embedded OpenID Provider as an HTTP server on loopback (`npm run dev` with OIDC, browser tests), with a
// small test-only control surface under /__op.
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";

import * as z from "zod";

import { EMBEDDED_OIDC_AUDIENCE, EMBEDDED_OIDC_CLIENT, OIDC_ACCOUNTS } from "../../fixtures/oidc-accounts";

import { handleInteraction } from "./interactions";
import { createIdentityProvider } from "./provider";

export const DEFAULT_IDENTITY_PROVIDER_PORT = 8020;
const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 300;

export interface IdentityProviderServer {
  issuer: string;
  close(): Promise<void>;
}

export interface IdentityProviderServerOptions {
  port: number;
  appUrl: string;
  accessTokenTtlSeconds?: number;
}

/** Token-endpoint outcomes per grant type, e.g. `{"refresh_token": 2, "refresh_token error": 0}`. */
class GrantStats {
  #counts = new Map<string, number>();
  record(key: string) {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
  }
  toJSON() {
    return Object.fromEntries(this.#counts);
  }
  clear() {
    this.#counts.clear();
  }
}

const settingsSchema = z.strictObject({ accessTokenTtlSeconds: z.number().int().positive() });

export async function startIdentityProviderServer(
  options: IdentityProviderServerOptions,
): Promise<IdentityProviderServer> {
  const defaultTtl = options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
  let accessTokenTtlSeconds = defaultTtl;
  const stats = new GrantStats();

  // The issuer needs the port before the provider exists: bind first, then build. A request that arrives in
  // between (a readiness probe polling the port) waits for the provider; without a listener it would hang.
  let handlerReady: (handler: RequestListener) => void = () => undefined;
  const handler = new Promise<RequestListener>((resolve) => (handlerReady = resolve));
  const server = createServer(
    (request, response) => void handler.then((handle) => handle(request, response)),
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = await createIdentityProvider({
    issuer,
    appUrl: options.appUrl.replace(/\/+$/, ""),
    ...EMBEDDED_OIDC_CLIENT,
    audience: EMBEDDED_OIDC_AUDIENCE,
    accessTokenTtlSeconds: () => accessTokenTtlSeconds,
  });
  provider.on("grant.success", (ctx) => stats.record(String(ctx.oidc.params?.grant_type)));
  provider.on("grant.error", (ctx) => stats.record(`${String(ctx.oidc.params?.grant_type)} error`));
  const handleProtocol = provider.callback();

  handlerReady((request, response) => {
    const path = new URL(request.url ?? "/", issuer).pathname;
    const answer = (status: number, body?: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (path === "/__op/stats" && request.method === "GET") return answer(200, stats);
    if (path === "/__op/reset" && request.method === "POST") {
      stats.clear();
      accessTokenTtlSeconds = defaultTtl;
      return answer(204);
    }
    if (path === "/__op/settings" && request.method === "POST") {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        const parsed = settingsSchema.safeParse(JSON.parse(body || "{}"));
        if (!parsed.success) return answer(400, { error: parsed.error.issues });
        accessTokenTtlSeconds = parsed.data.accessTokenTtlSeconds;
        answer(200, parsed.data);
      });
      return;
    }
    handleInteraction(provider, request, response)
      .then((handled) => (handled ? undefined : handleProtocol(request, response)))
      .catch((error: unknown) => {
        console.error(error);
        if (!response.headersSent) answer(500, { error: "server_error" });
      });
  });

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const envSchema = z.object({
  OIDC_PROVIDER_PORT: z.coerce.number().int().min(0).max(65535).default(DEFAULT_IDENTITY_PROVIDER_PORT),
  OIDC_PROVIDER_APP_URL: z.url().default("http://localhost:3000"),
  OIDC_PROVIDER_ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().optional(),
});

async function main(): Promise<void> {
  const env = envSchema.parse(
    Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== "")),
  );
  const server = await startIdentityProviderServer({
    port: env.OIDC_PROVIDER_PORT,
    appUrl: env.OIDC_PROVIDER_APP_URL,
    accessTokenTtlSeconds: env.OIDC_PROVIDER_ACCESS_TOKEN_TTL_SECONDS,
  });
  console.log(
    `Embedded OpenID Provider listening on ${server.issuer} (client ${EMBEDDED_OIDC_CLIENT.clientId})`,
  );
  for (const { account, roles } of OIDC_ACCOUNTS) {
    console.log(`  ${account.username} / ${account.password}  roles: ${roles.join(", ")}`);
  }
  const stop = () => void server.close();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

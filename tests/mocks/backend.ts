// The embedded backend: a stateful fake of the FastAPI-boilerplate contract, served as MSW handlers.
import { randomBytes } from "node:crypto";
import type { HttpHandler } from "msw";
import { Controls, type MockBackendSettings, type MockFaults } from "./controls";
import { MockDatabase } from "./db";
import { createHandlers } from "./handlers";
import { ResourceServer, type ResourceServerOptions } from "./resource-server";
import { TokenService, type TokenClaims } from "./tokens";

export interface MockBackendOptions extends Partial<MockBackendSettings> {
  /** HS256 key; a random one per backend by default. */
  jwtSecret?: string;
  /** Resource-server mode: also accept this OpenID Provider's RS256 access tokens. */
  oidc?: ResourceServerOptions;
}

/** Pass as `baseUrl` to answer on every origin (the HTTP server, whatever Host it is reached by). */
export const ANY_ORIGIN = "*";

export interface MockBackend {
  /** MSW handlers answering on `baseUrl` (an origin such as `http://fastapi.test`, or ANY_ORIGIN). */
  handlers(baseUrl: string): HttpHandler[];
  /** Calls per route since the last reset, keyed `"<METHOD> <OpenAPI path>"`; the control surface is not counted. */
  stats(): Record<string, number>;
  /** Restores the seed and clears counts, faults and setting overrides. */
  reset(): void;
  setFaults(faults: MockFaults): void;
  setSettings(settings: Partial<MockBackendSettings>): void;
  /** Mints a token exactly as the backend would, e.g. an expired one or one for another user. */
  signToken(claims: TokenClaims): Promise<string>;
  readonly db: MockDatabase;
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const { jwtSecret = randomBytes(32).toString("hex"), oidc, ...settings } = options;
  const resourceServer = oidc && new ResourceServer(oidc);
  const db = new MockDatabase();
  const tokens = new TokenService(jwtSecret);
  const controls = new Controls(settings);

  const reset = () => {
    db.reset();
    controls.reset();
  };

  return {
    handlers: (baseUrl) =>
      createHandlers(baseUrl.replace(/\/+$/, ""), { db, tokens, controls, reset, resourceServer }),
    stats: () => controls.stats(),
    reset,
    setFaults: (faults) => controls.setFaults(faults),
    setSettings: (patch) => controls.setSettings(patch),
    signToken: (claims) => tokens.sign(claims),
    db,
  };
}

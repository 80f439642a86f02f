// Assembles the mock backend's MSW handlers for one origin: control surface, API routes, Starlette fallback.
import type { HttpHandler } from "msw";
import type { Controls } from "../controls";
import type { MockDatabase } from "../db";
import type { ResourceServer } from "../resource-server";
import type { TokenService } from "../tokens";
import { authHandlers } from "./auth";
import type { HandlerContext } from "./context";
import { controlHandlers } from "./control";
import { AuthDependencies } from "./dependencies";
import { fallbackHandler } from "./fallback";
import { postsHandlers } from "./posts";
import { rateLimitsHandlers } from "./rate-limits";
import { createRouter } from "./router";
import { tasksHandlers } from "./tasks";
import { tiersHandlers } from "./tiers";
import { usersHandlers } from "./users";

export interface BackendState {
  readonly db: MockDatabase;
  readonly tokens: TokenService;
  readonly controls: Controls;
  readonly reset: () => void;
  readonly resourceServer?: ResourceServer;
}

// The boilerplate's router order; it matters where templates overlap (Starlette takes the first match).
const resources = [
  authHandlers,
  usersHandlers,
  postsHandlers,
  tasksHandlers,
  tiersHandlers,
  rateLimitsHandlers,
];

export function createHandlers(
  baseUrl: string,
  { db, tokens, controls, reset, resourceServer }: BackendState,
): HttpHandler[] {
  const route = createRouter(baseUrl, controls);
  const context: HandlerContext = {
    route,
    db,
    tokens,
    auth: new AuthDependencies(db, tokens, resourceServer),
    settings: () => controls.settings,
  };
  return [
    ...controlHandlers(baseUrl, controls, db.cache, reset),
    ...resources.flatMap((resource) => resource(context)),
    fallbackHandler(baseUrl, route.routes, controls),
  ];
}

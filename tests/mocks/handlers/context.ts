// What every resource's handlers are built from: the typed router, the store, tokens and auth dependencies.
import type { MockBackendSettings } from "../controls";
import type { MockDatabase } from "../db";
import type { TokenService } from "../tokens";
import type { AuthDependencies } from "./dependencies";
import type { Router } from "./router";

export interface HandlerContext {
  readonly route: Router;
  readonly db: MockDatabase;
  readonly tokens: TokenService;
  readonly auth: AuthDependencies;
  /** Read per request: lifetimes can change at runtime through the control surface. */
  readonly settings: () => MockBackendSettings;
}

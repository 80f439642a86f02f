// Playwright fixtures: a fresh embedded backend for every test, its control surface, and a watch that fails any
// test whose pages break the Content-Security-Policy (page helpers re-exported).
import { test as base, expect } from "@playwright/test";

import { watchCspViolations } from "../setup/csp-watch";

export { expect };
export { expectSignedIn, register, sectionUnavailable, signIn, type NewAccount } from "./page-helpers";

const mockUrl = () => {
  const url = process.env.E2E_MOCK_URL;
  if (!url) throw new Error("E2E_MOCK_URL is set by playwright.config.ts");
  return url;
};

export interface MockBackendControls {
  stats(): Promise<Record<string, number>>;
  settings(settings: {
    accessTokenTtlSeconds?: number;
    /** The access tokens of `/login` only; `/refresh` keeps minting `accessTokenTtlSeconds`. */
    loginAccessTokenTtlSeconds?: number;
    refreshTokenTtlSeconds?: number;
    latencyMs?: number;
  }): Promise<void>;
  /** Makes the routes whose key or path contains `match` answer 500 text/plain, as b88fe20's broken ones do. */
  failRoutes(match: string): Promise<void>;
  /** Every route answers normally again. */
  restoreRoutes(): Promise<void>;
}

async function post(path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${mockUrl()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
}

export const test = base.extend<{ backend: MockBackendControls; cspViolations: string[] }>({
  backend: [
    async ({}, use) => {
      await post("/__mock/reset");
      await use({
        stats: async () =>
          (await (await fetch(`${mockUrl()}/__mock/stats`)).json()) as Record<string, number>,
        settings: (settings) => post("/__mock/settings", settings),
        failRoutes: (match) => post("/__mock/faults", { mode: "error", match }),
        restoreRoutes: () => post("/__mock/faults", { mode: "off" }),
      });
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const violations = await watchCspViolations(context);
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

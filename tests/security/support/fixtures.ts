// Playwright fixtures of the security suite: a fresh backend per test, a client address of its own, and a
// watch for Content-Security-Policy violations that fails any test whose pages break the policy.
import { test as base, expect, type Page } from "@playwright/test";

import { SEED_DEMO, type SeedAccount } from "../../fixtures/seed";
import { watchCspViolations } from "../../setup/csp-watch";

import { suite } from "./app-env";
import { mockBackend } from "./mock-backend";

export { expect };

let addressesHandedOut = 0;
/** A documentation-range IPv6 address per test, so rate-limit counts never carry over between tests. */
const nextClientAddress = () =>
  `2001:db8::${process.pid.toString(16)}:${(++addressesHandedOut).toString(16)}`;

let usernamesHandedOut = 0;
/**
 * A username that no other test of this run has used, however often tests repeat or retry, across workers:
 * the app remembers an account's failed sign-ins for as long as it runs, and the backend's reset does not
 * touch that. FastAPI's usernames are 2 to 20 lowercase letters and digits, so `stem` takes at most 12.
 */
export function freshUsername(stem: string): string {
  return `${stem}${process.pid.toString(36)}${(++usernamesHandedOut).toString(36)}`;
}

export const test = base.extend<{
  backend: typeof mockBackend;
  clientAddress: string;
  cspViolations: string[];
}>({
  backend: [
    async ({}, use) => {
      await mockBackend.reset();
      await use(mockBackend);
    },
    { auto: true },
  ],
  // Known only once the global setup has started the app, so not in the config.
  baseURL: async ({}, provide) => provide(suite.guardedUrl()),
  clientAddress: async ({}, provide) => provide(nextClientAddress()),
  extraHTTPHeaders: async ({ clientAddress }, provide) => provide({ "X-Forwarded-For": clientAddress }),
  cspViolations: [
    async ({ context }, use) => {
      const violations = await watchCspViolations(context);
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

/** Signs in through the login form and waits for the dashboard. */
export async function signIn(page: Page, account: SeedAccount = SEED_DEMO): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Username or e-mail").fill(account.username);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

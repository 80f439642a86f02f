// Playwright fixtures: a fresh embedded backend for every test, its control surface, a sign-in helper, and a
// watch that fails any test whose pages break the Content-Security-Policy.
import { test as base, expect, type Page } from "@playwright/test";

import { watchCspViolations } from "../setup/csp-watch";

export { expect };

const mockUrl = () => {
  const url = process.env.E2E_MOCK_URL;
  if (!url) throw new Error("E2E_MOCK_URL is set by playwright.config.ts");
  return url;
};

export interface MockBackendControls {
  stats(): Promise<Record<string, number>>;
  settings(settings: {
    accessTokenTtlSeconds?: number;
    refreshTokenTtlSeconds?: number;
    latencyMs?: number;
  }): Promise<void>;
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

/** Signs in through the login form of `origin` (the main instance by default) and waits for the dashboard. */
export async function signIn(page: Page, username: string, password: string, origin = ""): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Username or e-mail").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

export interface NewAccount {
  name: string;
  username: string;
  email: string;
  password: string;
}

/** Registers through the sign-up form, which signs the new user in. */
export async function register(page: Page, account: NewAccount): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("Name", { exact: true }).fill(account.name);
  await page.getByLabel("Username", { exact: true }).fill(account.username);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

// Playwright fixtures: a fresh embedded backend for every test, its control surface, and a sign-in helper.
import { test as base, expect, type Page } from "@playwright/test";

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

export const test = base.extend<{ backend: MockBackendControls }>({
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
});

/** The in-place notice of a page section FastAPI could not serve (SectionUnavailable). */
export const sectionUnavailable = (page: Page, what: string) =>
  page.getByRole("alert").filter({ hasText: `${what} cannot be shown right now` });

/** The header of a signed-in page: the session survived whatever the page could not read. */
export async function expectSignedIn(page: Page, name: string): Promise<void> {
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

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

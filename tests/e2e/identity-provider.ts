// Playwright helpers for the embedded OpenID Provider: its control surface and its login page.
import { expect, type Page } from "@playwright/test";

import type { OidcAccount } from "../fixtures/oidc-accounts";

const issuer = () => {
  const url = process.env.E2E_OP_URL;
  if (!url) throw new Error("E2E_OP_URL is set by playwright.config.ts");
  return url;
};

export const identityProvider = {
  /** Token-endpoint outcomes since the last reset, e.g. `{"refresh_token": 2, "refresh_token error": 0}`. */
  stats: async () => (await (await fetch(`${issuer()}/__op/stats`)).json()) as Record<string, number>,
  reset: async () => {
    await fetch(`${issuer()}/__op/reset`, { method: "POST" });
  },
  setAccessTokenTtl: async (seconds: number) => {
    const response = await fetch(`${issuer()}/__op/settings`, {
      method: "POST",
      body: JSON.stringify({ accessTokenTtlSeconds: seconds }),
    });
    if (!response.ok) throw new Error(`/__op/settings answered ${response.status}`);
  },
  isLoginPage: (page: Page) => page.url().startsWith(`${issuer()}/interaction/`),
};

/** Clicks "Sign in with Keycloak" on our login page and waits for the provider to ask for credentials. */
export async function startProviderSignIn(page: Page, next?: string): Promise<void> {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByRole("button", { name: "Sign in with Keycloak" }).click();
  await expect(
    page.getByRole("heading", { name: "Sign in to the embedded identity provider" }),
  ).toBeVisible();
}

/** Types the account's credentials into the provider's own form. */
export async function enterProviderCredentials(page: Page, { account }: OidcAccount): Promise<void> {
  await page.getByLabel("Username").fill(account.username);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The whole redirect chain: our login page → the provider's login form → the callback → the dashboard. */
export async function signInWithProvider(page: Page, account: OidcAccount): Promise<void> {
  await startProviderSignIn(page);
  await enterProviderCredentials(page, account);
  await expect(page).toHaveURL(/\/dashboard$/);
}

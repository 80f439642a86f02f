import type { Page } from "@playwright/test";

import { OIDC_ADMIN, OIDC_DEMO } from "../fixtures/oidc-accounts";

import { expect, test } from "./fixtures";
import {
  enterProviderCredentials,
  identityProvider,
  signInWithProvider,
  startProviderSignIn,
} from "./identity-provider";

const adminLink = (page: Page) =>
  page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Admin" });

test.beforeEach(async () => {
  await identityProvider.reset();
});

test("an ordinary role signs in through the provider, sees the dashboard, and no admin area", async ({
  page,
  context,
}) => {
  await signInWithProvider(page, OIDC_DEMO);
  await expect(page.getByRole("heading", { name: `Welcome, ${OIDC_DEMO.account.name}` })).toBeVisible();
  await expect(adminLink(page)).toHaveCount(0);
  expect((await page.goto("/dashboard/admin"))?.status()).toBe(403);

  const cookies = await context.cookies();
  for (const name of ["access_token", "refresh_token", "id_token"]) {
    const cookie = cookies.find((candidate) => candidate.name === name);
    expect(cookie, name).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(await page.content()).not.toContain(cookie?.value);
  }
});

test("the admin role opens the admin area", async ({ page }) => {
  await signInWithProvider(page, OIDC_ADMIN);
  await adminLink(page).click();
  await expect(page).toHaveURL(/\/dashboard\/admin$/);
  expect((await page.goto("/dashboard/admin/users"))?.status()).toBe(200);
});

test("the user comes back to the page they asked for", async ({ page }) => {
  await startProviderSignIn(page, "/dashboard/posts");
  await enterProviderCredentials(page, OIDC_DEMO);
  await expect(page).toHaveURL(/\/dashboard\/posts$/);
});

test("expired provider tokens are refreshed with rotation: concurrent expiries share one refresh, none reused", async ({
  page,
  context,
}) => {
  await signInWithProvider(page, OIDC_DEMO);
  await page.waitForLoadState("networkidle");
  const refreshToken = async () =>
    (await context.cookies()).find((cookie) => cookie.name === "refresh_token")?.value;
  // An expired access token is exactly this: its cookie lives until the token's `exp`, then the browser drops it.
  const expireAccessToken = () => context.clearCookies({ name: "access_token" });

  await identityProvider.reset();
  const spent = await refreshToken();
  await expireAccessToken();
  const tabs = await Promise.all(Array.from({ length: 4 }, () => context.newPage()));
  await Promise.all(tabs.map((tab) => tab.goto("/dashboard")));
  for (const tab of tabs) {
    await expect(tab.getByRole("heading", { name: `Welcome, ${OIDC_DEMO.account.name}` })).toBeVisible();
  }
  expect(await identityProvider.stats()).toEqual({ refresh_token: 1 });
  expect(await refreshToken()).not.toBe(spent);

  // The next expiry refreshes with the rotated token. Presenting the spent one would make the provider revoke
  // the whole grant, and this navigation would end on the login page.
  await expireAccessToken();
  await page.goto("/dashboard/profile");
  await expect(page).toHaveURL(/\/dashboard\/profile$/);
  expect(await identityProvider.stats()).toEqual({ refresh_token: 2 });
});

test("signing out ends the provider session too: the next sign-in asks for credentials again", async ({
  page,
}) => {
  await signInWithProvider(page, OIDC_DEMO);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out$/);
  await expect(page.getByRole("status")).toHaveText("You are signed out.");

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/);
  await startProviderSignIn(page);
  expect(identityProvider.isLoginPage(page)).toBe(true);
});

test("a callback with a tampered state is refused with a clear page", async ({ page }) => {
  // Alter the state on its way to the provider, which hands it back unchanged to the callback.
  await page.route(
    (url) => url.href.startsWith(`${process.env.E2E_OP_URL}/auth?`),
    (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set("state", `${url.searchParams.get("state")}tampered`);
      return route.continue({ url: url.href });
    },
  );
  await startProviderSignIn(page);
  await enterProviderCredentials(page, OIDC_DEMO);

  await expect(page).toHaveURL(/\/login\?reason=sign-in-refused$/);
  await expect(page.getByRole("status")).toContainText("The sign-in was refused");
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?next=/);
});

test("a replayed callback is refused in another browser", async ({ page, browser }) => {
  await startProviderSignIn(page);
  const callback = page.waitForRequest((request) => request.url().includes("/api/auth/callback/oidc?"));
  await enterProviderCredentials(page, OIDC_DEMO);
  const callbackUrl = (await callback).url();
  await expect(page).toHaveURL(/\/dashboard$/);

  const other = await browser.newContext();
  const replay = await other.newPage();
  await replay.goto(callbackUrl);
  await expect(replay).toHaveURL(/\/login\?reason=sign-in-refused$/);
  await replay.goto("/dashboard");
  await expect(replay).toHaveURL(/\/login\?next=/);
  await other.close();
});

test.describe("without JavaScript (or before the page's scripts have loaded)", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in and sign-out forms lead to the provider and back, as plain form posts", async ({
    page,
  }) => {
    // Both forms post to our origin, which answers with a redirect to the provider: the CSP's form-action must
    // let that redirect through, or the browser stops on our page (and the CSP watch reports it).
    await signInWithProvider(page, OIDC_DEMO);
    await page.getByRole("button", { name: "Sign out" }).first().click();
    // The embedded provider's logout page confirms itself with a script; without scripts it asks for a click.
    await page.getByRole("button", { name: "Yes, sign me out" }).click();
    await expect(page).toHaveURL(/\/login\?reason=signed-out$/);

    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/);
    await startProviderSignIn(page);
    expect(identityProvider.isLoginPage(page)).toBe(true);
  });
});

// A session that ends in one place ends in every tab: a sign-out in one tab sends the browser's other tabs to the
// sign-in page at once, and a tab that comes back to the foreground after its session ended on another device
// shows the sign-in page, not the data it had.
import type { Page } from "@playwright/test";

import { SEED_DEMO } from "../fixtures/seed";

import { expect, signIn, test } from "./fixtures";

/** What the browser does when the user switches away from the tab and back. */
async function leaveAndComeBack(page: Page) {
  await page.evaluate(() => {
    for (const state of ["hidden", "visible"]) {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
      document.dispatchEvent(new Event("visibilitychange"));
    }
  });
}

test("signing out in one tab sends the other tabs to the sign-in page at once", async ({ page, context }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  const otherTab = await context.newPage();
  await otherTab.goto("/dashboard/profile");
  await expect(otherTab.getByLabel("E-mail")).toHaveValue(SEED_DEMO.email);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out$/);

  await expect(otherTab).toHaveURL(/\/login\?reason=signed-out$/);
  await expect(otherTab.getByText(SEED_DEMO.email)).toHaveCount(0);
});

test("a tab coming back after its session ended on another device shows the sign-in page", async ({
  page,
  browser,
}) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await expect(page.getByText(SEED_DEMO.email)).toBeVisible();

  // The same session on another device, signed out there: FastAPI revokes its tokens.
  const otherDevice = await browser.newContext();
  await otherDevice.addCookies(await page.context().cookies());
  const otherPage = await otherDevice.newPage();
  await otherPage.goto("/dashboard");
  await otherPage.getByRole("button", { name: "Sign out" }).click();
  await expect(otherPage).toHaveURL(/\/login/);
  await otherDevice.close();

  await leaveAndComeBack(page);
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText(SEED_DEMO.email)).toHaveCount(0);
});

test("coming back to a tab whose session still holds keeps it where it was", async ({ page }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await page.goto("/dashboard/profile");
  await leaveAndComeBack(page);
  await expect(page.getByLabel("E-mail")).toHaveValue(SEED_DEMO.email);
  await expect(page).toHaveURL(/\/dashboard\/profile$/);
});

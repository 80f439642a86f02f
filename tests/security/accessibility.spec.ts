// Accessibility: axe finds no serious or critical violation on any page, in its normal and its error states,
// in light and dark, at desktop and phone widths.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { SEED_ADMIN } from "../fixtures/seed";

import { expect, signIn, test } from "./support/fixtures";
import { SUPERUSER_PATHS, USER_PATHS } from "./support/protected-paths";

/**
 * Waits for the page's finite animations and transitions to end (an opening sheet, a theme's colours), so
 * axe reads colours as they settle, not as they pass by. Endless ones (a skeleton's pulse) never settle.
 */
async function settled(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

async function expectAccessible(page: Page, state: string) {
  await settled(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(
    serious.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ` +
        violation.nodes.map((node) => node.target.join(" ")).join(", "),
    ),
    state,
  ).toEqual([]);
}

const PHONE = { width: 390, height: 844 };

interface Look {
  name: string;
  colorScheme: "light" | "dark";
  /** Left as it is (desktop) when absent. */
  viewport?: typeof PHONE;
}

const LIGHT: Look = { name: "light", colorScheme: "light" };
const DARK: Look = { name: "dark", colorScheme: "dark" };
const PHONE_LIGHT: Look = { name: "phone", colorScheme: "light", viewport: PHONE };

/** Loads `path` afresh in each look (desktop ones first: the phone width is not undone) and checks it. */
async function expectAccessibleIn(page: Page, path: string, looks: readonly Look[]) {
  for (const look of looks) {
    if (look.viewport) await page.setViewportSize(look.viewport);
    await page.emulateMedia({ colorScheme: look.colorScheme });
    await page.goto(path);
    if (look.colorScheme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expectAccessible(page, `${path}, ${look.name}`);
  }
}

// One test per dashboard page found on disk (support/protected-paths.ts), so a new page is checked without
// being listed, and no test grows with the number of pages.
for (const path of USER_PATHS) {
  test(`${path}: light, dark and at phone width`, async ({ page }) => {
    await signIn(page);
    await expectAccessibleIn(page, path, [LIGHT, DARK, PHONE_LIGHT]);
  });
}

for (const path of SUPERUSER_PATHS) {
  test(`${path}: light and dark, as a superuser`, async ({ page }) => {
    await signIn(page, SEED_ADMIN);
    await expectAccessibleIn(page, path, [LIGHT, DARK]);
  });
}

test("public pages and their error states", async ({ page }) => {
  for (const path of ["/", "/login", "/login?reason=signed-out", "/register", "/no-such-page"]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }

  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Username or e-mail")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "login with empty fields");
  await page.getByLabel("Username or e-mail").fill("demo");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("form", { name: "Sign in" }).getByText("Wrong username, e-mail or password."),
  ).toBeVisible();
  await expectAccessible(page, "login with wrong credentials");

  await page.goto("/register");
  await page.getByLabel("E-mail").fill("not-an-address");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "register with field errors");
});

test("the dashboard, and its service-unavailable state", async ({ page, backend }) => {
  await signIn(page);
  await expectAccessible(page, "dashboard");
  await backend.faults("error");
  await page.reload();
  await expect(page.getByText("Service unavailable")).toBeVisible();
  await expectAccessible(page, "dashboard, service unavailable");
});

test("an ordinary user's form errors, 404, 403 and error states", async ({ page, backend }) => {
  await signIn(page);
  for (const path of ["/dashboard/users/nobodyhere", "/dashboard/admin"]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }

  await page.goto("/dashboard/posts/new");
  await page.getByRole("button", { name: "Publish post" }).click();
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "new post with field errors");

  await page.goto("/dashboard/posts");
  await page.getByRole("button", { name: "Delete" }).first().click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await expectAccessible(page, "post deletion asking for confirmation");

  await backend.faults("error", "/post");
  await page.goto("/dashboard/posts");
  await expect(
    page.getByRole("alert").filter({ hasText: "Your posts cannot be shown right now" }),
  ).toBeVisible();
  await expectAccessible(page, "posts, their list failing");
  await page.goto("/dashboard/posts/1/edit");
  await expect(page.getByRole("heading", { name: "This page could not be loaded" })).toBeVisible();
  await expectAccessible(page, "post editing, backend failing");
});

test("in dark mode: public pages", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  for (const path of ["/", "/login", "/login?reason=signed-out", "/register", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expectAccessible(page, `${path}, dark`);
  }
});

test("in dark mode: the account menu and the service-unavailable state", async ({ page, backend }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page);
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await page.getByRole("button", { name: "Account menu" }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  await expectAccessible(page, "account menu open, dark");
  await backend.faults("error");
  await page.goto("/dashboard");
  await expect(page.getByText("Service unavailable")).toBeVisible();
  await expectAccessible(page, "dashboard, service unavailable, dark");
});

test("at phone width (390×844): public pages and the dashboard's navigation sheet", async ({ page }) => {
  await page.setViewportSize(PHONE);
  for (const path of ["/", "/login", "/register"]) {
    await page.goto(path);
    await expectAccessible(page, `${path}, phone`);
  }
  await signIn(page);
  await page.getByRole("button", { name: "Toggle Sidebar" }).click();
  await expect(page.getByRole("dialog", { name: "Navigation" })).toBeVisible();
  await expectAccessible(page, "navigation sheet open, phone");
  // Switched with the sheet open, its links' colours change by transition; expectAccessible waits them out.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expectAccessible(page, "navigation sheet open, phone, dark");
});

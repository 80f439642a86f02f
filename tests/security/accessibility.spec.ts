// Accessibility: axe finds no serious or critical violation on any page, in its normal and its error states.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { expect, signIn, test } from "./support/fixtures";

async function expectAccessible(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(
    serious.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}`),
    state,
  ).toEqual([]);
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
  await expect(page.getByText("Wrong username, e-mail or password.")).toBeVisible();
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

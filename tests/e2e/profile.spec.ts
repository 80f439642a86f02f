import type { Page } from "@playwright/test";

import { SEED_DEMO } from "../fixtures/seed";

import { expect, register, signIn, test, type NewAccount } from "./fixtures";

const profileForm = (page: Page) => page.getByRole("form", { name: "Edit your profile" });

const erin: NewAccount = {
  name: "Erin Example",
  username: "erin",
  email: "erin@example.com",
  password: "Erin-Passw0rd",
};

test("edit the name and e-mail, the e-mail with the password; the header follows", async ({ page }) => {
  await register(page, erin);
  await page.goto("/dashboard/profile");
  await page.getByLabel("Name", { exact: true }).fill("Erin Renamed");
  await page.getByLabel("E-mail").fill("erin.new@example.com");
  await profileForm(page).getByLabel("Current password").fill("not-the-password");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(profileForm(page).getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("That password is not right.")).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue("erin.new@example.com");

  await profileForm(page).getByLabel("Current password").fill(erin.password);
  await page.getByRole("button", { name: "Save profile" }).click();

  await expect(page).toHaveURL(/\/dashboard\/profile\?done=profile-updated$/);
  await expect(page.getByText("Signed in as Erin Renamed")).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue("erin.new@example.com");
});

test("a taken e-mail is reported on its field and the form keeps its input", async ({ page }) => {
  await register(page, erin);
  await page.goto("/dashboard/profile");
  await page.getByLabel("Name", { exact: true }).fill("Erin Kept");
  await page.getByLabel("E-mail").fill(SEED_DEMO.email);
  await profileForm(page).getByLabel("Current password").fill(erin.password);
  await page.getByRole("button", { name: "Save profile" }).click();

  await expect(page.getByText("An account with this e-mail already exists.")).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Erin Kept");
});

test("changing the username asks for the password, then signs in again under the new name", async ({
  page,
  backend,
}) => {
  await register(page, erin);
  await page.goto("/dashboard/profile");
  await expect(profileForm(page).getByLabel("Current password")).toHaveCount(0);
  await page.getByLabel("Username", { exact: true }).fill("erin2");

  await profileForm(page).getByLabel("Current password").fill("not-the-password");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("That password is not right.")).toBeVisible();

  await profileForm(page).getByLabel("Current password").fill(erin.password);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page).toHaveURL(/\/dashboard\/profile\?done=username-changed$/);
  await expect(page.getByLabel("Username", { exact: true })).toHaveValue("erin2");

  // The new session works across pages, and its posts are the renamed user's.
  await page.goto("/dashboard/posts");
  await expect(page.getByText("You have not written any posts yet.")).toBeVisible();
  expect((await backend.stats())["POST /api/v1/logout"]).toBeGreaterThanOrEqual(1);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out$/);
  await signIn(page, "erin2", erin.password);
});

test("deleting the account needs the username typed and the password, then ends the session everywhere", async ({
  page,
  browser,
}) => {
  await register(page, erin);
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await signIn(otherPage, erin.username, erin.password);

  await page.goto("/dashboard/profile");
  await page.getByLabel(`Type “${erin.username}” to confirm`).fill("someone");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Type your username exactly as shown to confirm.")).toBeVisible();

  await page.getByLabel(`Type “${erin.username}” to confirm`).fill(erin.username);
  const deleteForm = page.getByRole("form", { name: "Delete your account" });
  await deleteForm.getByLabel("Current password").fill("not-the-password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(deleteForm.getByText("That password is not right.")).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard\/profile$/);

  await deleteForm.getByLabel("Current password").fill(erin.password);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/login\?reason=account-deleted$/);
  await expect(page.getByText("Your account is deleted.")).toBeVisible();

  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/login/);
  await otherDevice.close();

  await page.getByLabel("Username or e-mail").fill(erin.username);
  await page.getByLabel("Password").fill(erin.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(
    page.getByRole("form", { name: "Sign in" }).getByText("Wrong username, e-mail or password."),
  ).toBeVisible();
});

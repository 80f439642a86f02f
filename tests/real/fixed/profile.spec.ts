// The profile against the real FastAPI: edit, rename (signs in again), delete the account.
import { expect, test } from "@playwright/test";

import { expectSignedIn, signIn } from "../../e2e/page-helpers";
import { createAccount, uniqueName } from "../support";

test("edit the name and e-mail, the e-mail only with the right password; the header follows", async ({
  page,
}) => {
  const account = await createAccount();
  await signIn(page, account.username, account.password);
  await page.goto("/dashboard/profile");
  const email = `${uniqueName("new")}@example.com`;
  await page.getByLabel("Name", { exact: true }).fill("Renamed Person");
  await page.getByLabel("E-mail").fill(email);
  await page
    .getByRole("form", { name: "Edit your profile" })
    .getByLabel("Current password")
    .fill("not-the-password");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("That password is not right.")).toBeVisible();
  // Nothing was saved: the page as FastAPI has it now still shows the old name and e-mail.
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(account.name);
  await expect(page.getByLabel("E-mail")).toHaveValue(account.email);

  await page.getByLabel("Name", { exact: true }).fill("Renamed Person");
  await page.getByLabel("E-mail").fill(email);
  await page
    .getByRole("form", { name: "Edit your profile" })
    .getByLabel("Current password")
    .fill(account.password);
  await page.getByRole("button", { name: "Save profile" }).click();

  await expect(page).toHaveURL(/\/dashboard\/profile\?done=profile-updated$/);
  await expectSignedIn(page, "Renamed Person");
  await expect(page.getByLabel("E-mail")).toHaveValue(email);
});

test("changing the username asks for the password and signs in again under the new name", async ({
  page,
}) => {
  const account = await createAccount();
  await signIn(page, account.username, account.password);
  await page.goto("/dashboard/profile");
  const renamed = uniqueName("rn");
  await page.getByLabel("Username", { exact: true }).fill(renamed);
  await page
    .getByRole("form", { name: "Edit your profile" })
    .getByLabel("Current password")
    .fill(account.password);
  await page.getByRole("button", { name: "Save profile" }).click();

  await expect(page).toHaveURL(/\/dashboard\/profile\?done=username-changed$/);
  await expect(page.getByLabel("Username", { exact: true })).toHaveValue(renamed);
  await page.goto("/dashboard/posts");
  await expect(page.getByText("You have not written any posts yet.")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out$/);
  await signIn(page, renamed, account.password);
});

test("deleting the account ends the session everywhere and the password no longer works", async ({
  page,
  browser,
}) => {
  const account = await createAccount();
  await signIn(page, account.username, account.password);
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await signIn(otherPage, account.username, account.password);

  await page.goto("/dashboard/profile");
  await page.getByLabel(`Type “${account.username}” to confirm`).fill(account.username);
  const deleteForm = page.getByRole("form", { name: "Delete your account" });
  await deleteForm.getByLabel("Current password").fill("not-the-password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(deleteForm.getByText("That password is not right.")).toBeVisible();
  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/dashboard$/);

  await deleteForm.getByLabel("Current password").fill(account.password);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/login\?reason=account-deleted$/);

  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/login/);
  await otherDevice.close();

  await page.getByLabel("Username or e-mail").fill(account.username);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(
    page.getByRole("form", { name: "Sign in" }).getByText("Wrong username, e-mail or password."),
  ).toBeVisible();
});

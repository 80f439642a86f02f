// The admin area against the real FastAPI: tiers, their rate limits, a user's tier, a hard delete.
import { expect, test, type Page } from "@playwright/test";

import { expectSignedIn, signIn } from "../../e2e/page-helpers";
import { adminName, createAccount, realBackend, uniqueName } from "../support";

async function signInAsAdmin(page: Page): Promise<void> {
  const { username, password } = realBackend.admin();
  await signIn(page, username, password);
}

const tierRow = (page: Page, name: string) =>
  page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

async function createTier(page: Page, name: string): Promise<void> {
  await page.goto("/dashboard/admin/tiers?items_per_page=100");
  await page.getByLabel("New tier name").fill(name);
  await page.getByRole("button", { name: "Create tier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tier created." })).toBeVisible();
  await expect(tierRow(page, name)).toBeVisible();
}

test("an admin creates, renames and deletes a tier", async ({ page }) => {
  await signInAsAdmin(page);
  const name = uniqueName("tier");
  await createTier(page, name);

  const renamed = uniqueName("tier");
  await tierRow(page, name).getByLabel(`New name for “${name}”`).fill(renamed);
  await tierRow(page, name).getByRole("button", { name: "Rename" }).click();
  await expect(tierRow(page, renamed)).toBeVisible();

  await tierRow(page, renamed).getByRole("button", { name: "Delete tier" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete tier" }).click();
  await expect(page.getByRole("link", { name: renamed, exact: true })).toHaveCount(0);
});

test("an admin adds, edits and deletes a tier's rate limit", async ({ page }) => {
  await signInAsAdmin(page);
  const tier = uniqueName("tier");
  await createTier(page, tier);
  await page.goto(`/dashboard/admin/tiers/${tier}`);
  await expect(page.getByRole("heading", { name: `Rate limits of “${tier}”` })).toBeVisible();
  await expect(page.getByText("This tier has no rate limits on this page.")).toBeVisible();

  const limitName = uniqueName("rl");
  const addForm = page.getByRole("form", { name: "Add rate limit" });
  await addForm.getByLabel("Name").fill(limitName);
  await addForm.getByLabel("API path").fill("/api/v1/tasks/task");
  await addForm.getByLabel("Requests allowed").fill("10");
  await addForm.getByLabel("Per period (seconds)").fill("60");
  await addForm.getByRole("button", { name: "Add rate limit" }).click();
  const added = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: limitName }) });
  await expect(added.getByText("10 requests per 60 s on api_v1_tasks_task")).toBeVisible();

  await added.getByText("Edit").click();
  await added.getByLabel("Requests allowed").fill("20");
  await added.getByRole("button", { name: "Save rate limit" }).click();
  await expect(added.getByText("20 requests per 60 s on api_v1_tasks_task")).toBeVisible();

  await added.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete rate limit" }).click();
  await expect(page.getByRole("heading", { name: limitName })).toHaveCount(0);
});

test("an admin sets a user's tier and deletes the user for good, staying signed in", async ({ page }) => {
  const user = await createAccount();
  await signInAsAdmin(page);
  const tier = uniqueName("tier");
  await createTier(page, tier);

  await page.goto("/dashboard/admin/users?items_per_page=100");
  const row = page.getByRole("row").filter({ hasText: `@${user.username}` });
  await row.getByRole("combobox", { name: "Tier" }).selectOption(tier);
  await row.getByRole("button", { name: "Save tier" }).click();
  await expect(row.getByRole("status")).toHaveText("Tier saved.");
  await page.reload();
  await expect(row.getByRole("combobox", { name: "Tier" })).toHaveValue(/\d+/);
  await expect(row.getByRole("combobox", { name: "Tier" }).locator("option:checked")).toHaveText(tier);

  await row.getByRole("button", { name: "Delete for good" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete user" }).click();
  await expect(page.getByText(`@${user.username}`)).toHaveCount(0);

  // FastAPI revoked the admin's own access token as a side effect; the app replaced it.
  await page.goto("/dashboard");
  await expectSignedIn(page, await adminName());
  const gone = await page.goto(`/dashboard/users/${user.username}`);
  expect(gone?.status()).toBe(404);
});

// The app on the unmodified b88fe20, where the posts routes, PATCH /user, user tiers and every rate-limit route
// answer 500 (upstream issue #183): each page renders what it could read, names the part that is missing, keeps
// the user signed in, and every form keeps what was typed.
import { expect, test, type Page } from "@playwright/test";

import { expectSignedIn, sectionUnavailable, signIn } from "../../e2e/page-helpers";
import { adminName, createAccount, realBackend } from "../support";

const UNAVAILABLE = "The service is unavailable right now.";

async function signInAsAdmin(page: Page): Promise<string> {
  const { username, password } = realBackend.admin();
  await signIn(page, username, password);
  return adminName();
}

test("a user's page shows the profile and says only the posts are unavailable", async ({ page }) => {
  const author = await createAccount();
  const reader = await createAccount();
  await signIn(page, reader.username, reader.password);
  const response = await page.goto(`/dashboard/users/${author.username}`);

  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: author.name })).toBeVisible();
  await expect(sectionUnavailable(page, `@${author.username}’s posts`)).toBeVisible();
  await expectSignedIn(page, reader.name);
});

test("the own posts page and the post form work around the broken posts routes", async ({ page }) => {
  const account = await createAccount();
  await signIn(page, account.username, account.password);
  await page.goto("/dashboard/posts");
  await expect(page.getByRole("heading", { name: "Your posts" })).toBeVisible();
  await expect(sectionUnavailable(page, "Your posts")).toBeVisible();

  await page.getByRole("link", { name: "Write a post" }).click();
  await page.getByLabel("Title").fill("Kept title");
  await page.getByLabel("Text").fill("Kept text");
  await page.getByRole("button", { name: "Publish post" }).click();
  await expect(page.getByRole("form", { name: "Publish post" }).getByText(UNAVAILABLE)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Kept title");
  await expect(page.getByLabel("Text")).toHaveValue("Kept text");
  await expectSignedIn(page, account.name);
});

test("a post's edit page, which has nothing to show without the post, says so and keeps the session", async ({
  page,
}) => {
  const account = await createAccount();
  await signIn(page, account.username, account.password);
  await page.goto("/dashboard/posts/1/edit");

  await expect(page.getByRole("heading", { name: "This page could not be loaded" })).toBeVisible();
  await expectSignedIn(page, account.name);
});

test("the profile form keeps its input when FastAPI fails the update", async ({ page }) => {
  const account = await createAccount();
  await signIn(page, account.username, account.password);
  await page.goto("/dashboard/profile");
  await page.getByLabel("Name", { exact: true }).fill("Not Saved");
  await page.getByRole("button", { name: "Save profile" }).click();

  await expect(page.getByRole("form", { name: "Edit your profile" }).getByText(UNAVAILABLE)).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Not Saved");
  await expectSignedIn(page, account.name);
});

test("the pages whose routes work render in full: overview and directory", async ({ page }) => {
  const account = await createAccount();
  await signIn(page, account.username, account.password);
  await expect(page.getByRole("definition")).toHaveText([
    account.name,
    account.username,
    account.email,
    "None",
  ]);
  await page.goto("/dashboard/users?items_per_page=100");
  await expect(page.getByRole("link", { name: `@${account.username}` })).toBeVisible();
});

test("a tier's page shows the tier and the add form, which keeps its input, without the rate limits", async ({
  page,
}) => {
  const name = await signInAsAdmin(page);
  await page.goto("/dashboard/admin/tiers");
  await page.getByRole("link", { name: "free", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Rate limits of “free”" })).toBeVisible();
  await expect(sectionUnavailable(page, "The rate limits of “free”")).toBeVisible();
  const form = page.getByRole("form", { name: "Add rate limit" });
  await form.getByLabel("Name").fill("kept:10:60");
  await form.getByLabel("API path").fill("/api/v1/tasks/task");
  await form.getByLabel("Requests allowed").fill("10");
  await form.getByLabel("Per period (seconds)").fill("60");
  await form.getByRole("button", { name: "Add rate limit" }).click();
  await expect(form.getByText(UNAVAILABLE)).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue("kept:10:60");
  await expectSignedIn(page, name);
});

test("the admin users page lists users with their tier pickers; a failed tier change says so", async ({
  page,
}) => {
  const user = await createAccount();
  const name = await signInAsAdmin(page);
  await page.goto("/dashboard/admin/users?items_per_page=100");
  const row = page.getByRole("row").filter({ hasText: `@${user.username}` });
  await row.getByRole("combobox", { name: "Tier" }).selectOption("free");
  await row.getByRole("button", { name: "Save tier" }).click();

  await expect(row.getByRole("alert")).toContainText(UNAVAILABLE);
  await expect(row.getByRole("combobox", { name: "Tier" })).toHaveValue(/\d+/);
  await expectSignedIn(page, name);
});

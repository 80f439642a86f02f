import { SEED_ADMIN, SEED_DEMO } from "../fixtures/seed";

import { expect, signIn, test } from "./fixtures";

test("the user directory pages through users and opens a profile with its posts", async ({ page }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();

  await page.goto("/dashboard/users?items_per_page=1");
  await expect(page.getByText("Page 1 of 2 · 2 users")).toBeVisible();
  await page.getByRole("link", { name: "Next", exact: true }).click();
  await expect(page.getByText("Page 2 of 2 · 2 users")).toBeVisible();
  await page.getByRole("link", { name: "Previous", exact: true }).click();

  await page.getByRole("link", { name: `@${SEED_ADMIN.username}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEED_ADMIN.name })).toBeVisible();
  await expect(page.getByRole("article", { name: "Welcome" })).toBeVisible();
  // Other people's posts are read-only, and e-mail addresses are not shown.
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByText(SEED_ADMIN.email)).toHaveCount(0);
});

test("an unknown or malformed username is a 404 page, a malformed escape a 400", async ({ page }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  const malformed = await page.goto("/dashboard/users/%E0%A4%A");
  expect(malformed?.status()).toBe(400);

  for (const path of [
    "/dashboard/users/nobodyhere",
    "/dashboard/users/Not-Valid",
    "/dashboard/users/a%20b",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});

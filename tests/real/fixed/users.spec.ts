// The user directory and a user's page against the real FastAPI.
import { expect, test } from "@playwright/test";

import { signIn } from "../../e2e/page-helpers";
import { createAccount, writePosts } from "../support";

test("the directory lists a user whose page shows their profile and posts, read-only", async ({ page }) => {
  const author = await createAccount();
  await writePosts(author, ["Hello there", "Second thoughts"]);
  const reader = await createAccount();
  await signIn(page, reader.username, reader.password);

  await page.goto("/dashboard/users?items_per_page=100");
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await page.getByRole("link", { name: `@${author.username}` }).click();

  await expect(page).toHaveURL(new RegExp(`/dashboard/users/${author.username}$`));
  await expect(page.getByRole("heading", { level: 1, name: author.name })).toBeVisible();
  await expect(page.getByRole("article", { name: "Hello there" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Second thoughts" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByText(author.email)).toHaveCount(0);
});

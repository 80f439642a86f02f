// Posts against the real FastAPI, whose Redis cache keeps each page of a user's list for 60 s and is cleared by
// neither creating nor deleting a post: the user must still see their own change on the page they land on.
import { expect, test } from "@playwright/test";

import { signIn } from "../../e2e/page-helpers";
import { createAccount } from "../support";

test("write, edit and delete posts, each change listed at once, and page through them", async ({ page }) => {
  const account = await createAccount();
  await signIn(page, account.username, account.password);
  const posts = page.getByRole("list", { name: "Posts" }).getByRole("article");
  // Both pages are now in FastAPI's cache.
  await page.goto("/dashboard/posts");
  await expect(page.getByText("You have not written any posts yet.")).toBeVisible();
  await page.goto("/dashboard/posts?items_per_page=2");

  for (const title of ["First post", "Second post", "Third post"]) {
    await page.goto("/dashboard/posts/new");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Text").fill(`${title}, in words.`);
    await page.getByRole("button", { name: "Publish post" }).click();
    await expect(page).toHaveURL(/\/dashboard\/posts\?done=post-created$/);
    await expect(page.getByRole("article", { name: title })).toBeVisible();
  }
  await expect(posts).toHaveCount(3);

  await page.goto("/dashboard/posts?items_per_page=2");
  await expect(page.getByText("Page 1 of 2 · 3 posts")).toBeVisible();
  await expect(posts).toHaveCount(2);
  await page.getByRole("link", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(/page=2&items_per_page=2$/);
  await expect(posts).toHaveCount(1);

  await page.goto("/dashboard/posts");
  await page.getByRole("link", { name: "Edit “Second post”" }).click();
  await page.getByLabel("Title").fill("Second, edited");
  await page.getByRole("button", { name: "Save post" }).click();
  await expect(page).toHaveURL(/done=post-updated$/);
  await expect(page.getByRole("article", { name: "Second, edited" })).toBeVisible();

  const first = page.getByRole("article", { name: "First post" });
  await first.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete post" }).click();
  await expect(page).toHaveURL(/done=post-deleted$/);
  await expect(page.getByRole("article", { name: "First post" })).toHaveCount(0);
  await expect(posts).toHaveCount(2);

  // Everyone else reads the same, freshly cleared list.
  await page.goto(`/dashboard/users/${account.username}`);
  await expect(posts).toHaveCount(2);
  await expect(page.getByRole("article", { name: "Second, edited" })).toBeVisible();
});

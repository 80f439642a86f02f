import type { Page } from "@playwright/test";

import { SEED_DEMO } from "../fixtures/seed";

import { expect, signIn, test } from "./fixtures";

const toasts = (page: Page) => page.getByRole("region", { name: /Notifications/ });

test("the posts list pages forward and back, keeping items_per_page", async ({ page }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await page.goto("/dashboard/posts?items_per_page=2");
  const posts = page.getByRole("list", { name: "Posts" }).getByRole("article");

  await expect(posts).toHaveCount(2);
  await expect(page.getByText("Page 1 of 2 · 3 posts")).toBeVisible();
  await page.getByRole("link", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(/page=2&items_per_page=2$/);
  await expect(posts).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Next", exact: true })).toHaveCount(0);

  await page.getByRole("link", { name: "Previous", exact: true }).click();
  await expect(page).toHaveURL(/page=1&items_per_page=2$/);
  await expect(posts).toHaveCount(2);
});

test("write, edit and delete a post; markup in user content is shown as text", async ({ page }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await page.goto("/dashboard/posts");
  await page.getByRole("link", { name: "Write a post" }).click();

  // Validation mirrors FastAPI's rules and keeps what was typed.
  await page.getByLabel("Title").fill("x");
  await page.getByLabel("Text").fill("Body");
  await page.getByRole("button", { name: "Publish post" }).click();
  await expect(page.getByText("The title needs at least 2 characters.")).toBeVisible();
  await expect(page.getByLabel("Text")).toHaveValue("Body");

  const title = "<img src=x onerror=alert(1)>";
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text").fill("<script>window.pwned = true</script>\nSecond line");
  await page.getByRole("button", { name: "Publish post" }).click();
  await expect(page).toHaveURL(/\/dashboard\/posts\?done=post-created$/);
  await expect(page.getByRole("status").filter({ hasText: "Your post is published." })).toBeVisible();
  // The same news as a toast, in Sonner's notifications region.
  await expect(toasts(page).getByText("Your post is published.")).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();
  await expect(page.locator("img[src=x]")).toHaveCount(0);

  await page.getByRole("link", { name: `Edit “${title}”` }).click();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await page.getByLabel("Title").fill("Edited title");
  await page.getByLabel("Media URL (optional)").fill("https://example.com/picture.png");
  await page.getByRole("button", { name: "Save post" }).click();
  await expect(page).toHaveURL(/done=post-updated$/);
  const edited = page.getByRole("article", { name: "Edited title" });
  await expect(edited.getByRole("link", { name: "Media" })).toHaveAttribute(
    "href",
    "https://example.com/picture.png",
  );

  await edited.getByRole("button", { name: "Delete" }).click();
  const confirmation = page.getByRole("alertdialog", { name: "Delete “Edited title”?" });
  await confirmation.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmation).toBeHidden();
  await expect(edited).toBeVisible();
  await edited.getByRole("button", { name: "Delete" }).click();
  await confirmation.getByRole("button", { name: "Delete post" }).click();
  await expect(page).toHaveURL(/done=post-deleted$/);
  await expect(page.getByRole("article", { name: "Edited title" })).toHaveCount(0);
});

test("a session that ends while the form is open keeps the form and says how to continue", async ({
  page,
  context,
}) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await page.goto("/dashboard/posts/new");
  await page.getByLabel("Title").fill("Kept title");
  await page.getByLabel("Text").fill("Kept text");
  await context.clearCookies();

  await page.getByRole("button", { name: "Publish post" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "Your session has ended" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("link", { name: "Sign in again in a new tab" })).toHaveAttribute(
    "target",
    "_blank",
  );
  await expect(toasts(page).getByText("Your session has ended", { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard\/posts\/new$/);
  await expect(page.getByLabel("Title")).toHaveValue("Kept title");
  await expect(page.getByLabel("Text")).toHaveValue("Kept text");
});

test("someone else's post cannot be opened for editing", async ({ page }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  // Post 4 is the admin's (seed order).
  const response = await page.goto("/dashboard/posts/4/edit");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

// Pages that read more than one thing render what they could read when one of FastAPI's routes answers 500 (as
// several do at b88fe20), say in place which part is unavailable, keep the user signed in and keep form input.
import { SEED_ADMIN, SEED_DEMO, SEED_TIER_NAME } from "../fixtures/seed";

import { expect, expectSignedIn, sectionUnavailable, signIn, test } from "./fixtures";

test("a user's page shows the profile when only the posts fail, and the posts once they are back", async ({
  page,
  backend,
}) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await backend.failRoutes("GET /api/v1/{username}/posts");
  const response = await page.goto(`/dashboard/users/${SEED_ADMIN.username}`);

  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: SEED_ADMIN.name })).toBeVisible();
  await expect(page.getByRole("main").getByText(`@${SEED_ADMIN.username}`, { exact: true })).toBeVisible();
  await expect(sectionUnavailable(page, `@${SEED_ADMIN.username}’s posts`)).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(0);
  await expectSignedIn(page, SEED_DEMO.name);

  await backend.restoreRoutes();
  await page.reload();
  await expect(page.getByRole("article", { name: "Welcome" })).toBeVisible();
  await expect(sectionUnavailable(page, `@${SEED_ADMIN.username}’s posts`)).toHaveCount(0);
});

test("the own posts page keeps its heading and the way to write a post when the list fails", async ({
  page,
  backend,
}) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await backend.failRoutes("GET /api/v1/{username}/posts");
  await page.goto("/dashboard/posts");

  await expect(page.getByRole("heading", { name: "Your posts" })).toBeVisible();
  await expect(sectionUnavailable(page, "Your posts")).toBeVisible();
  await expectSignedIn(page, SEED_DEMO.name);
  await page.getByRole("link", { name: "Write a post" }).click();
  await expect(page.getByRole("heading", { name: "Write a post" })).toBeVisible();
});

test("the user directory says the list is unavailable under its heading", async ({ page, backend }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await backend.failRoutes("GET /api/v1/users");
  await page.goto("/dashboard/users");

  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(sectionUnavailable(page, "The user directory")).toBeVisible();
  await expectSignedIn(page, SEED_DEMO.name);
});

test("the overview shows the account and says the tier alone cannot be shown", async ({ page, backend }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await backend.failRoutes("GET /api/v1/tiers");
  await page.goto("/dashboard");

  await expect(page.getByRole("definition")).toHaveText([
    SEED_DEMO.name,
    SEED_DEMO.username,
    SEED_DEMO.email,
    "Cannot be shown right now (the service did not answer)",
  ]);
  await expectSignedIn(page, SEED_DEMO.name);
});

test("the tiers page keeps the create form, and its input, when the list and the create fail", async ({
  page,
  backend,
}) => {
  await signIn(page, SEED_ADMIN.username, SEED_ADMIN.password);
  await backend.failRoutes("/api/v1/tier");
  await page.goto("/dashboard/admin/tiers");

  await expect(page.getByRole("heading", { name: "Tiers" })).toBeVisible();
  await expect(sectionUnavailable(page, "The tier list")).toBeVisible();
  await page.getByLabel("New tier name").fill("gold");
  await page.getByRole("button", { name: "Create tier" }).click();
  await expect(
    page.getByRole("form", { name: "Create tier" }).getByText("The service is unavailable right now."),
  ).toBeVisible();
  await expect(page.getByLabel("New tier name")).toHaveValue("gold");
  await expectSignedIn(page, SEED_ADMIN.name);
});

test("a tier's page keeps the tier and the add form, and its input, when its rate limits fail", async ({
  page,
  backend,
}) => {
  await signIn(page, SEED_ADMIN.username, SEED_ADMIN.password);
  await backend.failRoutes("rate_limit");
  await page.goto(`/dashboard/admin/tiers/${SEED_TIER_NAME}`);

  await expect(page.getByRole("heading", { name: `Rate limits of “${SEED_TIER_NAME}”` })).toBeVisible();
  await expect(sectionUnavailable(page, `The rate limits of “${SEED_TIER_NAME}”`)).toBeVisible();
  const form = page.getByRole("form", { name: "Add rate limit" });
  await form.getByLabel("Name").fill("posts:10:60");
  await form.getByLabel("API path").fill("api/v1/demo/posts");
  await form.getByLabel("Requests allowed").fill("10");
  await form.getByLabel("Per period (seconds)").fill("60");
  await form.getByRole("button", { name: "Add rate limit" }).click();
  await expect(form.getByText("The service is unavailable right now.")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue("posts:10:60");
  await expect(form.getByLabel("Requests allowed")).toHaveValue("10");
  await expectSignedIn(page, SEED_ADMIN.name);
});

test("the admin users page lists users without tier pickers when the tiers fail", async ({
  page,
  backend,
}) => {
  await signIn(page, SEED_ADMIN.username, SEED_ADMIN.password);
  await backend.failRoutes("GET /api/v1/tiers");
  await page.goto("/dashboard/admin/users");

  await expect(sectionUnavailable(page, "The tier list")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: `@${SEED_DEMO.username}` })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Tier" })).toHaveCount(0);
  await expectSignedIn(page, SEED_ADMIN.name);
});

test("the admin users page keeps its heading when the user list fails", async ({ page, backend }) => {
  await signIn(page, SEED_ADMIN.username, SEED_ADMIN.password);
  await backend.failRoutes("GET /api/v1/users");
  await page.goto("/dashboard/admin/users");

  await expect(page.getByRole("heading", { name: "Manage users" })).toBeVisible();
  await expect(sectionUnavailable(page, "The user list")).toBeVisible();
  await expectSignedIn(page, SEED_ADMIN.name);
});

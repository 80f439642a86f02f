import { SEED_ADMIN, SEED_DEMO, SEED_TIER_NAME } from "../fixtures/seed";

import { expect, register, signIn, test } from "./fixtures";

const ADMIN_PATHS = [
  "/dashboard/admin",
  "/dashboard/admin/tiers",
  `/dashboard/admin/tiers/${SEED_TIER_NAME}`,
  "/dashboard/admin/users",
];

test("an ordinary user sees no admin link and gets a 403 page on every admin URL", async ({ page }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await expect(
    page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Admin" }),
  ).toHaveCount(0);

  for (const path of ADMIN_PATHS) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
  }
});

test("an admin creates, renames and deletes a tier, and cannot delete one still in use", async ({ page }) => {
  await signIn(page, SEED_ADMIN.username, SEED_ADMIN.password);
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Admin" }).click();
  await page.getByRole("link", { name: "Tiers and rate limits" }).click();

  await page.getByLabel("New tier name").fill(SEED_TIER_NAME);
  await page.getByRole("button", { name: "Create tier" }).click();
  await expect(page.getByText("A tier with this name already exists.")).toBeVisible();

  await page.getByLabel("New tier name").fill("pro");
  await page.getByRole("button", { name: "Create tier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tier created." })).toBeVisible();
  const pro = page.getByRole("row").filter({ has: page.getByRole("link", { name: "pro", exact: true }) });
  await expect(pro).toBeVisible();

  await pro.getByLabel("New name for “pro”").fill("premium");
  await pro.getByRole("button", { name: "Rename" }).click();
  const premium = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "premium", exact: true }) });
  await expect(premium).toBeVisible();

  const free = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: SEED_TIER_NAME, exact: true }) });
  await free.getByRole("button", { name: "Delete tier" }).click();
  const confirmFree = page.getByRole("alertdialog", { name: `Delete the tier “${SEED_TIER_NAME}”?` });
  await confirmFree.getByRole("button", { name: "Delete tier" }).click();
  await expect(confirmFree.getByRole("alert")).toContainText(
    `still assigned to @${SEED_ADMIN.username}, @${SEED_DEMO.username}`,
  );

  await confirmFree.getByRole("button", { name: "Cancel" }).click();
  await premium.getByRole("button", { name: "Delete tier" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete tier" }).click();
  await expect(page.getByRole("link", { name: "premium", exact: true })).toHaveCount(0);
});

test("an admin adds, edits and deletes a tier's rate limit", async ({ page }) => {
  await signIn(page, SEED_ADMIN.username, SEED_ADMIN.password);
  await page.goto(`/dashboard/admin/tiers/${SEED_TIER_NAME}`);
  await expect(page.getByRole("heading", { name: `Rate limits of “${SEED_TIER_NAME}”` })).toBeVisible();

  const addForm = page.getByRole("form", { name: "Add rate limit" });
  await addForm.getByLabel("Name").fill("posts:10:60");
  await addForm.getByLabel("API path").fill("/api/v1/demo/posts");
  await addForm.getByLabel("Requests allowed").fill("0");
  await addForm.getByLabel("Per period (seconds)").fill("60");
  await addForm.getByRole("button", { name: "Add rate limit" }).click();
  await expect(addForm.getByText("The limit must be at least 1.")).toBeVisible();

  await addForm.getByLabel("Requests allowed").fill("10");
  await addForm.getByRole("button", { name: "Add rate limit" }).click();
  const added = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "posts:10:60" }) });
  await expect(added.getByText("10 requests per 60 s on api_v1_demo_posts")).toBeVisible();

  await added.getByText("Edit").click();
  await added.getByLabel("Requests allowed").fill("20");
  await added.getByRole("button", { name: "Save rate limit" }).click();
  await expect(added.getByText("20 requests per 60 s on api_v1_demo_posts")).toBeVisible();

  await added.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete rate limit" }).click();
  await expect(page.getByRole("heading", { name: "posts:10:60" })).toHaveCount(0);
});

test("an admin sets a user's tier and hard-deletes a user, staying signed in", async ({ page, browser }) => {
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await register(visitor, {
    name: "Gone Soon",
    username: "gonesoon",
    email: "gone@example.com",
    password: "Gone-Passw0rd",
  });
  await visitorContext.close();

  await signIn(page, SEED_ADMIN.username, SEED_ADMIN.password);
  await page.goto("/dashboard/admin/users");
  const row = page.getByRole("row").filter({ hasText: "@gonesoon" });
  await row.getByRole("combobox", { name: "Tier" }).selectOption(SEED_TIER_NAME);
  await row.getByRole("button", { name: "Save tier" }).click();
  await expect(row.getByRole("status")).toHaveText("Tier saved.");

  // The admin's own row offers no hard delete.
  const own = page.getByRole("row").filter({ hasText: `@${SEED_ADMIN.username}` });
  await expect(own.getByRole("button", { name: "Delete for good" })).toHaveCount(0);

  await row.getByRole("button", { name: "Delete for good" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete user" }).click();
  await expect(page.getByText("@gonesoon")).toHaveCount(0);

  // FastAPI revoked the admin's access token as a side effect; the app replaced it.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: `Welcome, ${SEED_ADMIN.name}` })).toBeVisible();
  await page.goto("/dashboard/users/gonesoon");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

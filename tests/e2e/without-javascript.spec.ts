// Every form posts to its server action as plain HTML: these flows run in a browser with JavaScript switched off.
import type { Page } from "@playwright/test";

import { SEED_ADMIN, SEED_DEMO, SEED_TIER_NAME } from "../fixtures/seed";

import { expect, register, test } from "./fixtures";

test.use({ javaScriptEnabled: false });

/** Every address the tab showed: what the history and the address bar would hold. */
function recordAddresses(page: Page): string[] {
  const addresses: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) addresses.push(frame.url());
  });
  page.on("request", (request) => addresses.push(request.url()));
  return addresses;
}

async function signInWithoutScripts(page: Page, username: string, password: string) {
  await page.getByLabel("Username or e-mail").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("sign in follows next, and the password never reaches an address", async ({ page }) => {
  const addresses = recordAddresses(page);
  await page.goto("/login?next=%2Fdashboard%2Fposts");

  await signInWithoutScripts(page, SEED_DEMO.username, SEED_DEMO.password);

  await expect(page).toHaveURL(/\/dashboard\/posts$/);
  await expect(page.getByRole("heading", { name: "Your posts" })).toBeVisible();
  expect(
    addresses.filter((address) => address.includes("Passw0rd") || address.includes("password=")),
  ).toEqual([]);
});

test("a wrong password comes back as an error, the username kept and the password not echoed", async ({
  page,
}) => {
  await page.goto("/login");
  const answers: string[] = [];
  page.on("response", (response) => {
    if (response.request().method() === "POST") answers.push(response.url());
  });

  await signInWithoutScripts(page, SEED_DEMO.username, "Wr0ng-Passw0rd");

  await expect(page.getByRole("alert")).toHaveText("Wrong username, e-mail or password.");
  await expect(page.getByLabel("Username or e-mail")).toHaveValue(SEED_DEMO.username);
  await expect(page.getByLabel("Password")).toHaveValue("");
  expect(await page.content()).not.toContain("Wr0ng-Passw0rd");
  expect(answers, "the form was posted").toHaveLength(1);
  expect(page.url()).not.toContain("Passw0rd");
});

test("sign up with a taken username puts the error on the field and keeps the rest", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Name", { exact: true }).fill("Another Demo");
  await page.getByLabel("Username", { exact: true }).fill(SEED_DEMO.username);
  await page.getByLabel("E-mail").fill("another@example.com");
  await page.getByLabel("Password").fill("Another-Passw0rd");
  await page.getByRole("button", { name: "Create account" }).click();

  const username = page.getByLabel("Username", { exact: true });
  await expect(username).toHaveAttribute("aria-invalid", "true");
  await expect(username).toHaveAccessibleDescription(/This username is taken\./);
  await expect(username).toHaveValue(SEED_DEMO.username);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Another Demo");
  await expect(page.getByLabel("E-mail")).toHaveValue("another@example.com");
  await expect(page.getByLabel("Password")).toHaveValue("");
});

test("sign up, then sign out", async ({ page }) => {
  await register(page, {
    name: "Nojs Person",
    username: "nojs",
    email: "nojs@example.com",
    password: "N0js-Passw0rd",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Nojs Person" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).first().click();

  await expect(page).toHaveURL(/\/login\?reason=signed-out$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/);
});

test("write a post: errors on their fields with the input kept, then published and deleted", async ({
  page,
}) => {
  await page.goto("/login?next=%2Fdashboard%2Fposts%2Fnew");
  await signInWithoutScripts(page, SEED_DEMO.username, SEED_DEMO.password);
  await expect(page).toHaveURL(/\/dashboard\/posts\/new$/);

  await page.getByLabel("Title").fill("x");
  await page.getByLabel("Text").fill("Written without scripts.");
  await page.getByRole("button", { name: "Publish post" }).click();
  const title = page.getByLabel("Title");
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription(/at least 2 characters/);
  await expect(title).toHaveValue("x");
  await expect(page.getByLabel("Text")).toHaveValue("Written without scripts.");

  await title.fill("No scripts");
  await page.getByRole("button", { name: "Publish post" }).click();
  await expect(page).toHaveURL(/\/dashboard\/posts\?done=post-created$/);
  await expect(page.getByText("Your post is published.")).toBeVisible();
  const post = page.getByRole("article", { name: "No scripts" });
  await expect(post).toBeVisible();

  await post.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/done=post-deleted$/);
  await expect(page.getByRole("article", { name: "No scripts" })).toHaveCount(0);
});

test("change the username with the current password", async ({ page }) => {
  await page.goto("/login?next=%2Fdashboard%2Fprofile");
  await signInWithoutScripts(page, SEED_DEMO.username, SEED_DEMO.password);
  await expect(page).toHaveURL(/\/dashboard\/profile$/);

  // Without scripts the password field cannot appear as the name changes: the server asks for it instead.
  await page.getByLabel("Username", { exact: true }).fill("demo2");
  await page.getByRole("button", { name: "Save profile" }).click();
  const password = page.getByRole("form", { name: "Edit your profile" }).getByLabel("Current password");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Username", { exact: true })).toHaveValue("demo2");

  await password.fill(SEED_DEMO.password);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page).toHaveURL(/\/dashboard\/profile\?done=username-changed$/);
  await expect(page.getByLabel("Username", { exact: true })).toHaveValue("demo2");
});

test("delete the account by typing the username and the password", async ({ page }) => {
  await register(page, {
    name: "Short Lived",
    username: "shortlived",
    email: "shortlived@example.com",
    password: "Sh0rt-Passw0rd",
  });
  await page.goto("/dashboard/profile");

  const confirmation = page.getByLabel("Type “shortlived” to confirm");
  await confirmation.fill("someone");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByLabel("Type “shortlived” to confirm")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Type “shortlived” to confirm").fill("shortlived");
  const deleteForm = page.getByRole("form", { name: "Delete your account" });
  await deleteForm.getByLabel("Current password").fill("Sh0rt-Passw0rd");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/login\?reason=account-deleted$/);
});

test("an admin creates a tier: a taken name is refused on the field, a new one is added", async ({
  page,
}) => {
  await page.goto("/login?next=%2Fdashboard%2Fadmin%2Ftiers");
  await signInWithoutScripts(page, SEED_ADMIN.username, SEED_ADMIN.password);
  await expect(page).toHaveURL(/\/dashboard\/admin\/tiers$/);

  await page.getByLabel("New tier name").fill(SEED_TIER_NAME);
  await page.getByRole("button", { name: "Create tier" }).click();
  await expect(page.getByLabel("New tier name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("A tier with this name already exists.")).toBeVisible();
  await expect(page.getByLabel("New tier name")).toHaveValue(SEED_TIER_NAME);

  await page.getByLabel("New tier name").fill("nojs");
  await page.getByRole("button", { name: "Create tier" }).click();
  await expect(page.getByText("Tier created.")).toBeVisible();
  await expect(page.getByLabel("New tier name")).toHaveValue("");
  await expect(page.getByRole("link", { name: "nojs", exact: true })).toBeVisible();
});

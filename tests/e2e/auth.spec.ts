import { SEED_DEMO } from "../fixtures/seed";

import { expect, signIn, test } from "./fixtures";

test("register lands on the dashboard with the new account's details", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Name", { exact: true }).fill("Carol Example");
  await page.getByLabel("Username", { exact: true }).fill("carol");
  await page.getByLabel("E-mail").fill("carol@example.com");
  await page.getByLabel("Password").fill("Carol-Passw0rd");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  // FastAPI gives new accounts no tier.
  await expect(page.getByRole("definition")).toHaveText([
    "Carol Example",
    "carol",
    "carol@example.com",
    "None",
  ]);
});

test("register shows the backend's duplicate answer on the username field, keeping the form", async ({
  page,
}) => {
  await page.goto("/register");
  await page.getByLabel("Name", { exact: true }).fill("Another Demo");
  await page.getByLabel("Username", { exact: true }).fill(SEED_DEMO.username);
  await page.getByLabel("E-mail").fill("another@example.com");
  await page.getByLabel("Password").fill("Another-Passw0rd");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByLabel("Username", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("This username is taken.")).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue("another@example.com");
});

test("sign in with a username, see the dashboard, sign out, and the dashboard is closed again", async ({
  page,
}) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await expect(page.getByRole("heading", { name: `Welcome, ${SEED_DEMO.name}` })).toBeVisible();
  await expect(page.getByRole("definition")).toHaveText([
    SEED_DEMO.name,
    SEED_DEMO.username,
    SEED_DEMO.email,
    "free",
  ]);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out$/);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/);
});

test("sign in with an e-mail address", async ({ page }) => {
  await signIn(page, SEED_DEMO.email, SEED_DEMO.password);
  await expect(page.getByText(SEED_DEMO.email)).toBeVisible();
});

test("a wrong password keeps the username and says what went wrong", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Username or e-mail").fill(SEED_DEMO.username);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();

  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Wrong username, e-mail or password.",
  );
  await expect(page.getByLabel("Username or e-mail")).toHaveValue(SEED_DEMO.username);
  await expect(page).toHaveURL(/\/login$/);
});

test("after sign-in the user returns to the page they asked for", async ({ page }) => {
  await page.goto("/dashboard?tab=1");
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel("Username or e-mail").fill(SEED_DEMO.username);
  await page.getByLabel("Password").fill(SEED_DEMO.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\?tab=1$/);
});

test("a short-lived access token is refreshed once by the proxy and kept by the browser", async ({
  page,
  backend,
}) => {
  // The sign-in's token lives 30 s, inside the proxy's 60 s refresh margin: the first request that passes the proxy
  // refreshes it, however long the sign-in took. The refresh mints the usual 30 minutes, so nothing needs a second.
  await backend.settings({ loginAccessTokenTtlSeconds: 30 });
  // Counted before the sign-in: whether its landing or the first navigation refreshes, the total is the same.
  const before = await backend.stats();
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: `Welcome, ${SEED_DEMO.name}` })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: `Welcome, ${SEED_DEMO.name}` })).toBeVisible();

  const after = await backend.stats();
  // One refresh: every request after it used the token the browser stored from it.
  expect((after["POST /api/v1/refresh"] ?? 0) - (before["POST /api/v1/refresh"] ?? 0)).toBe(1);
});

test("tokens revoked from another browser end the session on the next navigation", async ({
  page,
  browser,
}) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  const other = await browser.newContext();
  await other.addCookies(await page.context().cookies());
  const otherPage = await other.newPage();
  await otherPage.goto("/dashboard");
  await otherPage.getByRole("button", { name: "Sign out" }).click();
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText(SEED_DEMO.email)).toHaveCount(0);
});

test("a cookie jar captured before sign-out shows nothing when replayed", async ({ page, browser }) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  const captured = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(captured);
  const replayPage = await replay.newPage();
  const response = await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/login/);
  expect(await response?.text()).not.toContain(SEED_DEMO.email);
  await expect(replayPage.getByText(SEED_DEMO.email)).toHaveCount(0);
  await replay.close();
});

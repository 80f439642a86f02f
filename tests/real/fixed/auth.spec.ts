// Signing up, in and out against the real FastAPI (--fixed kit, or your own backend).
import { expect, test } from "@playwright/test";

import { expectSignedIn, register, signIn } from "../../e2e/page-helpers";
import { createAccount, newAccount } from "../support";

test("sign up, sign out, then sign in by username and by e-mail", async ({ page }) => {
  const account = newAccount();
  await register(page, account);
  // FastAPI gives new accounts no tier.
  await expect(page.getByRole("definition")).toHaveText([
    account.name,
    account.username,
    account.email,
    "None",
  ]);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out$/);
  await signIn(page, account.username, account.password);
  await expect(page.getByRole("heading", { name: `Welcome, ${account.name}` })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out$/);
  await signIn(page, account.email, account.password);
  await expect(page.getByText(account.email)).toBeVisible();
});

test("a wrong password keeps the username and says what went wrong", async ({ page }) => {
  const account = await createAccount();
  await page.goto("/login");
  await page.getByLabel("Username or e-mail").fill(account.username);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();

  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Wrong username, e-mail or password.",
  );
  await expect(page.getByLabel("Username or e-mail")).toHaveValue(account.username);
});

test("without its access cookie the session is renewed by the proxy from FastAPI's refresh token", async ({
  page,
  context,
}) => {
  const account = await createAccount();
  await signIn(page, account.username, account.password);
  const accessCookie = async () =>
    (await context.cookies()).find((cookie) => cookie.name === "access_token")?.value;
  expect(await accessCookie()).toBeTruthy();

  await context.clearCookies({ name: "access_token" });
  expect(await accessCookie()).toBeUndefined();
  await page.goto("/dashboard/profile");

  await expect(page.getByLabel("E-mail")).toHaveValue(account.email);
  await expectSignedIn(page, account.name);
  expect(await accessCookie()).toBeTruthy();
});

test("signing out revokes the tokens: the cookie jar replayed afterwards shows nothing", async ({
  page,
  browser,
}) => {
  const account = await createAccount();
  await signIn(page, account.username, account.password);
  const captured = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out$/);

  const replay = await browser.newContext();
  await replay.addCookies(captured);
  const replayPage = await replay.newPage();
  const response = await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/login/);
  expect(await response?.text()).not.toContain(account.email);
  await replay.close();
});

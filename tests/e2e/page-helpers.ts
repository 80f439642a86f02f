// What browser tests do through the app's pages, whatever backend is behind it: sign in, sign up, read the header.
import { expect, type Page } from "@playwright/test";

/** The in-place notice of a page section FastAPI could not serve (SectionUnavailable). */
export const sectionUnavailable = (page: Page, what: string) =>
  page.getByRole("alert").filter({ hasText: `${what} cannot be shown right now` });

/** The header of a signed-in page: the session survived whatever the page could not read. */
export async function expectSignedIn(page: Page, name: string): Promise<void> {
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Signs in through the login form of `origin` (the main instance by default) and waits for the dashboard. */
export async function signIn(page: Page, username: string, password: string, origin = ""): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Username or e-mail").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

export interface NewAccount {
  name: string;
  username: string;
  email: string;
  password: string;
}

/** Registers through the sign-up form, which signs the new user in. */
export async function register(page: Page, account: NewAccount): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("Name", { exact: true }).fill(account.name);
  await page.getByLabel("Username", { exact: true }).fill(account.username);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

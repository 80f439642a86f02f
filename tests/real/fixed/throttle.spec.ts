// Sign-in throttling against the real FastAPI (docs/security.md, "Sign-in throttling"): a look-alike account earns
// no pass or forgiveness for the original, and the global alarm slows strangers but never refuses a correct password.
import { expect, test, type Browser, type Page } from "@playwright/test";

import { expectSignedIn, register, signIn, type NewAccount } from "../../e2e/page-helpers";
import { createAccount, newAccount, realBackend, THROTTLED_APP_LIMITS } from "../support";

// The instance of the app with THROTTLED_APP_LIMITS (playwright.real.config.ts): what this file trips slows no
// other flow.
const baseURL = realBackend.throttledAppUrl();
test.use({ baseURL });

const WRONG_CREDENTIALS = "Wrong username, e-mail or password.";
const TOO_MANY = /^Too many attempts\. Try again in \d+ seconds?\.$/;

/**
 * The spray: four clients each fail once on each of four accounts. Every account stays within its allowance
 * (4 < 5 failures), so no attempt is refused before FastAPI and all 16 count for the alarm: four times its ceiling
 * of 4, where alarmDelayMs makes a stranger wait 0.5 s doubled three times.
 */
const SPRAY = { clients: 4, accounts: 4 };
const ALARM_WAIT_MS = 4_000;
if (
  SPRAY.clients >= THROTTLED_APP_LIMITS.perAccount ||
  SPRAY.clients * SPRAY.accounts !== 4 * THROTTLED_APP_LIMITS.global
) {
  throw new Error("SPRAY and ALARM_WAIT_MS no longer fit THROTTLED_APP_LIMITS (tests/real/support.ts)");
}

/**
 * A slowed answer waits out the alarm (up to 8 s once earlier tests in this file added their failures) before
 * FastAPI, which hashes each password in its one event loop behind the other worker's sign-ins.
 */
const SLOWED = { timeout: 30_000 };

/**
 * The page's alert with text: on a fresh /login or /register only the form's, so its text is the answer to the
 * last submit (after a navigation, Next's route announcer names the new page instead).
 */
const formAlert = (page: Page) => page.getByRole("alert").filter({ hasText: /\S/ });

/** Submits the sign-in form on a fresh load of /login; the answer, if it stays on the page, is in formAlert. */
async function submitSignIn(page: Page, name: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Username or e-mail").fill(name);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** One wrong password, resolved once the app has answered it (and so counted it). */
async function failSignIn(page: Page, name: string): Promise<void> {
  await submitSignIn(page, name, "not-the-Passw0rd");
  await expect(formAlert(page)).toHaveText(WRONG_CREDENTIALS, SLOWED);
}

/** A sign-up FastAPI refuses (the username is taken), resolved once the app has answered it. */
async function failSignUp(page: Page, taken: NewAccount): Promise<void> {
  await fillSignUp(page, { ...newAccount("ts"), username: taken.username });
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This username is taken.")).toBeVisible(SLOWED);
}

async function fillSignUp(page: Page, account: NewAccount): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("Name", { exact: true }).fill(account.name);
  await page.getByLabel("Username", { exact: true }).fill(account.username);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
}

/** Other clients, each a browser of its own (no device cookie), fail once on every account at the same time. */
async function spray(
  browser: Browser,
  accounts: NewAccount[],
  fail: (page: Page, account: NewAccount) => Promise<void>,
): Promise<void> {
  await Promise.all(
    Array.from({ length: SPRAY.clients }, async () => {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      for (const account of accounts) await fail(page, account);
      await context.close();
    }),
  );
}

/** The sprayed accounts, made straight at FastAPI; the first is the one a newcomer signs in to afterwards. */
async function sprayedAccounts(): Promise<[NewAccount, ...NewAccount[]]> {
  const [first, ...others] = await Promise.all(
    Array.from({ length: SPRAY.accounts }, () => createAccount(newAccount("tsp"))),
  );
  if (!first) throw new Error("SPRAY.accounts is 0");
  return [first, ...others];
}

/** Milliseconds from the click to the dashboard: at least the alarm's wait, if the alarm slowed the attempt. */
async function millisToDashboard(page: Page, submit: string): Promise<number> {
  const started = performance.now();
  await page.getByRole("button", { name: submit, exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/, SLOWED);
  return performance.now() - started;
}

test("a look-alike e-mail's sign-in earns no pass and no forgiveness for the account it imitates", async ({
  page,
  context,
}) => {
  const victim = await createAccount(newAccount("tv"));
  // FastAPI compares e-mails exactly, so anyone may register the victim's e-mail with another case.
  const lookAlike = await createAccount({
    ...newAccount("tl"),
    email: victim.email.replace(/^./, (first) => first.toUpperCase()),
    password: "Look-Al1ke-Passw0rd",
  });
  expect(lookAlike.email).not.toBe(victim.email);
  expect(lookAlike.email.toLowerCase()).toBe(victim.email);

  for (let attempt = 0; attempt < THROTTLED_APP_LIMITS.perAccount; attempt++) {
    await failSignIn(page, victim.email);
  }
  // Past its allowance the victim's name waits, even with the right password.
  await submitSignIn(page, victim.email, victim.password);
  await expect(formAlert(page)).toHaveText(TOO_MANY, SLOWED);

  // The look-alike's owner signs in from this very browser: its name is not the victim's, so nothing holds it.
  await signIn(page, lookAlike.email, lookAlike.password);
  await expectSignedIn(page, lookAlike.name);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out$/);
  // The browser keeps the known-device pass that sign-in earned: the refusal below is in spite of it.
  expect((await context.cookies()).map((cookie) => cookie.name)).toContain("known_device");

  // The pass is bound to the look-alike's exact e-mail, and its success forgave that name only: still refused.
  await submitSignIn(page, victim.email, victim.password);
  await expect(formAlert(page)).toHaveText(TOO_MANY, SLOWED);
  await expect(page).toHaveURL(/\/login$/);
});

test("after strangers sprayed wrong passwords across accounts, a new browser still signs in and a new person signs up", async ({
  browser,
  page,
  context,
}) => {
  // The spray and the slowed answers take longer than a flow; none of it is a sleep.
  test.setTimeout(120_000);
  const accounts = await sprayedAccounts();
  await spray(browser, accounts, (sprayer, account) => failSignIn(sprayer, account.username));

  // A browser that never signed in here: no device cookie exempts it from the alarm.
  expect(await context.cookies()).toEqual([]);
  const [target] = accounts;
  await page.goto("/login");
  await page.getByLabel("Username or e-mail").fill(target.username);
  await page.getByLabel("Password").fill(target.password);
  // Slowed, so the alarm was up; and let in all the same.
  expect(await millisToDashboard(page, "Sign in")).toBeGreaterThanOrEqual(ALARM_WAIT_MS);
  await expectSignedIn(page, target.name);

  const newcomer = await browser.newContext({ baseURL });
  const newcomerPage = await newcomer.newPage();
  const person = newAccount("tn");
  await register(newcomerPage, person);
  await expectSignedIn(newcomerPage, person.name);
  await newcomer.close();
});

test("after strangers' sign-ups failed on taken names, a new person still signs up", async ({
  browser,
  page,
}) => {
  // The spray and the slowed answer take longer than a flow; none of it is a sleep.
  test.setTimeout(120_000);
  const accounts = await sprayedAccounts();
  // Sign-up has an alarm of its own, fed by sign-ups FastAPI refuses.
  await spray(browser, accounts, failSignUp);

  const person = newAccount("tn");
  await fillSignUp(page, person);
  // Slowed, so sign-up's alarm was up; and the account was made and signed in all the same.
  expect(await millisToDashboard(page, "Create account")).toBeGreaterThanOrEqual(ALARM_WAIT_MS);
  await expectSignedIn(page, person.name);
});

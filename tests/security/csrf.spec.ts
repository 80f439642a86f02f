// CSRF (docs/security.md): login, register, logout and a data-changing action (writing a post, the pattern
// every CRUD action follows), replayed from a foreign or `null` Origin, change nothing; no state changes on
// GET; sign-out is POST only. Next answers refused actions with a 500, so these tests look at what happened
// (backend calls, accounts, sessions), never at the status.
import { SEED_DEMO } from "../fixtures/seed";

import { captureAction, replayAction, type CapturedAction } from "./support/captured-action";
import { expect, signIn, test } from "./support/fixtures";
import { callsBetween, mockBackend } from "./support/mock-backend";
import { cookieJar, probe, type CookieJar } from "./support/probe";
import { PROTECTED_PATHS } from "./support/protected-paths";

const HOSTILE_ORIGINS = ["https://evil.example", "null"];

const isSignedIn = async (baseURL: string, cookies: CookieJar) =>
  (await probe(`${baseURL}/dashboard`, { cookies })).body.includes(SEED_DEMO.email);

const setsSessionCookie = (response: Response) =>
  response.headers.getSetCookie().some((cookie) => cookie.includes("session_token="));

test("a replayed sign-in from another origin signs no one in", async ({ page, baseURL }) => {
  const login: CapturedAction = await captureAction(page, async () => {
    await page.goto("/login");
    await page.getByLabel("Username or e-mail").fill(SEED_DEMO.username);
    await page.getByLabel("Password").fill(SEED_DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
  });
  await expect(page).toHaveURL(/\/dashboard$/);

  for (const origin of HOSTILE_ORIGINS) {
    const before = await mockBackend.stats();
    const response = await replayAction(login, { origin, cookies: {} });
    expect(setsSessionCookie(response), origin).toBe(false);
    expect(callsBetween(before, await mockBackend.stats(), "POST /api/v1/login"), origin).toBe(0);
  }
  // The control: the same request from our own origin does sign in, so the refusals above are real.
  const control = await replayAction(login, { origin: new URL(baseURL ?? "").origin, cookies: {} });
  expect(setsSessionCookie(control)).toBe(true);
});

test("a replayed sign-up from another origin creates no account", async ({ page, baseURL }) => {
  const register = await captureAction(page, async () => {
    await page.goto("/register");
    await page.getByLabel("Name", { exact: true }).fill("Carol Example");
    await page.getByLabel("Username", { exact: true }).fill("carol");
    await page.getByLabel("E-mail").fill("carol@example.com");
    await page.getByLabel("Password").fill("Carol-Passw0rd");
    await page.getByRole("button", { name: "Create account" }).click();
  });
  await expect(page).toHaveURL(/\/dashboard$/);

  const asNewAccount = (username: string) =>
    // The form posts as multipart/form-data (React prefixes each field name with its argument, e.g. `_1_username`): each
    // value follows its name and a blank line.
    register.body
      .replaceAll("carol@example.com", `${username}@example.com`)
      .replace(/(name="(?:_\d+_)?username"\r\n\r\n)carol\r\n/, `$1${username}\r\n`);
  for (const [index, origin] of HOSTILE_ORIGINS.entries()) {
    const username = `mallory${index}`;
    const before = await mockBackend.stats();
    await replayAction(register, { origin, body: asNewAccount(username), cookies: {} });
    expect(await mockBackend.userExists(username), origin).toBe(false);
    expect(callsBetween(before, await mockBackend.stats(), "POST /api/v1/user"), origin).toBe(0);
  }
  await replayAction(register, {
    origin: new URL(baseURL ?? "").origin,
    body: asNewAccount("trent"),
    cookies: {},
  });
  expect(await mockBackend.userExists("trent")).toBe(true);
});

test("a replayed sign-out from another origin, or as a GET, ends no session", async ({
  page,
  browser,
  baseURL,
}) => {
  // Capturing a sign-out ends that session; the replays then target a second, live one.
  await signIn(page);
  const logout = await captureAction(page, () => page.getByRole("button", { name: "Sign out" }).click());
  await expect(page).toHaveURL(/\/login/);

  const victim = await browser.newContext({ baseURL });
  const victimPage = await victim.newPage();
  await signIn(victimPage);
  const cookies = await cookieJar(victim);

  for (const attempt of [...HOSTILE_ORIGINS.map((origin) => ({ origin })), { method: "GET" }]) {
    const before = await mockBackend.stats();
    await replayAction(logout, { ...attempt, cookies });
    expect(
      callsBetween(before, await mockBackend.stats(), "POST /api/v1/logout"),
      JSON.stringify(attempt),
    ).toBe(0);
    expect(await isSignedIn(baseURL ?? "", cookies), JSON.stringify(attempt)).toBe(true);
  }
  await replayAction(logout, { origin: new URL(baseURL ?? "").origin, cookies });
  expect(await isSignedIn(baseURL ?? "", cookies)).toBe(false);
  await victim.close();
});

test("a replayed post from another origin publishes nothing", async ({ page, baseURL }) => {
  await signIn(page);
  const publish = await captureAction(page, async () => {
    await page.goto("/dashboard/posts/new");
    await page.getByLabel("Title").fill("First post");
    await page.getByLabel("Text").fill("Written in the browser.");
    await page.getByRole("button", { name: "Publish post" }).click();
  });
  await expect(page).toHaveURL(/\/dashboard\/posts\?done=post-created$/);
  const cookies = await cookieJar(page.context());

  for (const origin of HOSTILE_ORIGINS) {
    const before = await mockBackend.stats();
    await replayAction(publish, { origin, cookies });
    expect(callsBetween(before, await mockBackend.stats(), "POST /api/v1/{username}/post"), origin).toBe(0);
  }
  const before = await mockBackend.stats();
  await replayAction(publish, { origin: new URL(baseURL ?? "").origin, cookies });
  expect(callsBetween(before, await mockBackend.stats(), "POST /api/v1/{username}/post")).toBe(1);
});

test("no GET changes anything, whatever it carries", async ({ page, baseURL }) => {
  await signIn(page);
  const cookies = await cookieJar(page.context());
  const before = await mockBackend.stats();
  for (const path of [
    "/",
    "/login",
    "/register",
    ...PROTECTED_PATHS.map((entry) => entry.path),
    "/logout",
    "/api/auth/sign-out",
    "/no-such-page",
  ]) {
    for (const headers of [{}, { "Next-Action": "0".repeat(42) }, { RSC: "1" }] as Record<string, string>[]) {
      expect((await probe(`${baseURL}${path}`, { cookies, headers })).status, path).toBeLessThan(500);
    }
  }
  const after = await mockBackend.stats();
  // Reads only: not one POST, PATCH or DELETE reached the backend (a refresh included).
  const writes = Object.keys(after).filter(
    (route) => !route.startsWith("GET ") && callsBetween(before, after, route) > 0,
  );
  expect(writes).toEqual([]);
  expect(await isSignedIn(baseURL ?? "", cookies)).toBe(true);
});

// Credentials never reach a URL (docs/security.md): every form posts, even before its scripts have loaded,
// and build assets refuse every method but GET and HEAD without a 500.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import type { APIRequestContext } from "@playwright/test";

import { SEED_ADMIN, SEED_DEMO } from "../fixtures/seed";

import { suite } from "./support/app-env";
import { expect, signIn, test } from "./support/fixtures";
import { PROTECTED_PATHS } from "./support/protected-paths";

const PUBLIC_PAGES = ["/", "/login", "/login?next=%2Fdashboard%2Fposts", "/register"];

/** The opening tag of every <form> in a page as the server sent it, before any script ran. */
async function formTagsOf(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path);
  return (await response.text()).match(/<form\b[^>]*>/gi) ?? [];
}

const postsByItself = (tag: string) => /\smethod="post"/i.test(tag);

test("every form on every page posts, so no field can end up in a URL", async ({ page }) => {
  const forms: { path: string; tag: string }[] = [];
  const collect = async (paths: string[]) => {
    for (const path of paths) {
      for (const tag of await formTagsOf(page.request, path)) forms.push({ path, tag });
    }
  };

  await collect(PUBLIC_PAGES);
  await signIn(page, SEED_DEMO);
  await collect(PROTECTED_PATHS.filter((entry) => !entry.superuserOnly).map((entry) => entry.path));
  await page.context().clearCookies();
  await signIn(page, SEED_ADMIN);
  await collect(PROTECTED_PATHS.map((entry) => entry.path));

  // Sign-in, sign-up, sign-out, profile, delete account, posts, tiers, rate limits, user tiers: all seen.
  expect(new Set(forms.map((form) => form.path)).size).toBeGreaterThanOrEqual(10);
  expect(forms.filter((form) => !postsByItself(form.tag))).toEqual([]);
});

const logText = () =>
  readdirSync(suite.logDir())
    .map((file) => readFileSync(join(suite.logDir(), file), "utf8"))
    .join("\n");

test("a sign-in submitted before the scripts have loaded posts: no credential in any URL, history or log", async ({
  page,
}) => {
  const password = SEED_DEMO.password;
  let releaseScripts: () => void = () => undefined;
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  // Scripts only: a held stylesheet would block rendering, and no user could type into the form either.
  await page.route("**/_next/static/**/*.js", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  const addresses: string[] = [];
  page.on("request", (request) => {
    addresses.push(request.url());
    const referer = request.headers().referer;
    if (referer) addresses.push(referer);
  });
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) addresses.push(frame.url());
  });

  await page.goto("/login", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Username or e-mail").fill(SEED_DEMO.username);
  await page.getByLabel("Password").fill(password);
  expect(await page.evaluate(() => document.querySelectorAll("script[src]").length)).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  releaseScripts();
  await expect(page.getByRole("heading", { name: `Welcome, ${SEED_DEMO.name}` })).toBeVisible();

  const asInAQuery = new URLSearchParams({ password }).toString();
  const encoded = [password, asInAQuery, asInAQuery.slice("password=".length)];
  expect(addresses.filter((address) => encoded.some((secret) => address.includes(secret)))).toEqual([]);
  expect(logText()).not.toContain(password);
  expect(logText()).not.toContain(asInAQuery.slice("password=".length));
});

test("build assets answer 405 with Allow: GET, HEAD to every other method, never a 500", async ({ page }) => {
  const html = await (await page.request.get("/login")).text();
  const chunk = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(chunk, "a script of the login page").toBeDefined();

  for (const path of [chunk!, "/_next/static/no-such-file.js"]) {
    for (const method of ["PUT", "POST", "DELETE", "PATCH", "OPTIONS"]) {
      const response = await page.request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers().allow).toBe("GET, HEAD");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    }
  }
  expect((await page.request.get(chunk!)).status()).toBe(200);
  expect((await page.request.head(chunk!)).status()).toBe(200);
});

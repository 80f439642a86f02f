// Scale-out (docs/security.md, "Fleet"): instances that share BETTER_AUTH_SECRET (and Redis, for fleet-wide
// rate limits and refreshes) serve one session interchangeably, without sticky sessions.
import type { Page } from "@playwright/test";

import { OIDC_DEMO } from "../fixtures/oidc-accounts";
import { SEED_DEMO } from "../fixtures/seed";

import { expect, signIn, test } from "./fixtures";
import { identityProvider, signInWithProvider } from "./identity-provider";

function requiredEnv(name: "E2E_APP_URL" | "E2E_SECOND_APP_URL" | "E2E_NGINX_URL"): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is set by playwright.config.ts`);
  return value;
}

const welcome = { name: `Welcome, ${SEED_DEMO.name}` };
const calls = (stats: Record<string, number>, route: string) => stats[route] ?? 0;

test("signed in on one instance, the session is browsed, refreshed and signed out on the other", async ({
  page,
  backend,
}) => {
  const first = requiredEnv("E2E_APP_URL");
  const second = requiredEnv("E2E_SECOND_APP_URL");
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password, first);

  await page.goto(`${second}/dashboard`);
  await expect(page.getByRole("heading", welcome)).toBeVisible();
  expect(calls(await backend.stats(), "POST /api/v1/refresh")).toBe(0);

  // An access token past its exp is a missing cookie: its Max-Age is the token's own lifetime.
  await page.context().clearCookies({ name: "access_token" });
  await page.goto(`${second}/dashboard`);
  await expect(page.getByRole("heading", welcome)).toBeVisible();
  expect(calls(await backend.stats(), "POST /api/v1/refresh")).toBe(1);
  expect(await page.context().cookies(second)).toContainEqual(
    expect.objectContaining({ name: "access_token" }),
  );

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${second}/login?reason=signed-out`);
  expect(calls(await backend.stats(), "POST /api/v1/logout")).toBe(1);

  await page.goto(`${first}/dashboard`);
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/);
});

test("behind the nginx front, one session is served by both instances in turn", async ({ page }) => {
  const front = requiredEnv("E2E_NGINX_URL");
  const instancePorts = [requiredEnv("E2E_APP_URL"), requiredEnv("E2E_SECOND_APP_URL")].map(
    (url) => new URL(url).port,
  );
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password, front);

  // Nothing else in flight, so nginx's round-robin sends two consecutive requests to different instances.
  await page.goto("about:blank");
  const answers = [];
  for (let request = 0; request < 2; request++) {
    const response = await page.request.get(`${front}/dashboard`, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(SEED_DEMO.email);
    answers.push(new URL(`http://${response.headers()["x-upstream"]}`).port);
  }
  expect(answers.toSorted()).toEqual(instancePorts.toSorted());

  await page.goto(`${front}/dashboard`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${front}/login?reason=signed-out`);
});

/** The browser's cookies for `origin` as one Cookie header, to send a burst of requests from outside the browser. */
async function cookieHeader(page: Page, origin: string): Promise<string> {
  return (await page.context().cookies(origin)).map(({ name, value }) => `${name}=${value}`).join("; ");
}

/** `count` simultaneous GETs of `url` with `cookie`, as one expired session opened in many tabs at once. */
function burst(url: string, cookie: string, count: number) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
      return {
        status: response.status,
        upstream: response.headers.get("x-upstream"),
        body: await response.text(),
      };
    }),
  );
}

test("with Redis, a burst of 100 requests holding one expired session makes one /refresh for both instances", async ({
  page,
  backend,
}) => {
  const front = requiredEnv("E2E_NGINX_URL");
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password, front);
  await page.context().clearCookies({ name: "access_token" });

  const answers = await burst(`${front}/dashboard`, await cookieHeader(page, front), 100);

  expect(answers.map(({ status }) => status)).toEqual(Array(100).fill(200));
  for (const { body } of answers) expect(body).toContain(SEED_DEMO.email);
  expect(new Set(answers.map(({ upstream }) => upstream)).size).toBe(2);
  expect(calls(await backend.stats(), "POST /api/v1/refresh")).toBe(1);
});

test("with Redis, rotating refresh tokens survive a burst across both instances: one refresh, no token reused", async ({
  page,
}) => {
  const front = requiredEnv("E2E_NGINX_URL");
  await signInWithProvider(page, OIDC_DEMO);
  await page.waitForLoadState("networkidle");
  await identityProvider.reset();
  await page.context().clearCookies({ name: "access_token" });

  const answers = await burst(`${front}/dashboard`, await cookieHeader(page, front), 100);

  expect(answers.map(({ status }) => status)).toEqual(Array(100).fill(200));
  for (const { body } of answers) expect(body).toContain(OIDC_DEMO.account.email);
  expect(new Set(answers.map(({ upstream }) => upstream)).size).toBe(2);
  // The provider counts a spent token presented again as "refresh_token error" and revokes the grant.
  expect(await identityProvider.stats()).toEqual({ refresh_token: 1 });
});

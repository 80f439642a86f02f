// Rate limits across a fleet (docs/security.md, "Sign-in throttling" and "Fleet"): two instances sharing
// Redis behind nginx, in the default configuration (no trusted proxy, so the client address is unknown).
// Limits hold fleet-wide; strangers cannot lock other people out; and when Redis stops, nobody notices but
// the logs.
import { readFileSync } from "node:fs";

import type { Page } from "@playwright/test";

import { SEED_DEMO } from "../fixtures/seed";

import { RATE_LIMITS } from "./support/app-env";
import { expect, test as suiteTest } from "./support/fixtures";
import { startFleet, type Fleet } from "./support/fleet";

const TOO_MANY = /^Too many attempts\. Try again in \d+ seconds\.$/;
const WRONG = "Wrong username, e-mail or password.";

const test = suiteTest.extend<object, { fleet: Fleet }>({
  fleet: [
    async ({}, use) => {
      const fleet = await startFleet();
      await use(fleet);
      await fleet.stop();
    },
    { scope: "worker", timeout: 180_000 },
  ],
  baseURL: async ({ fleet }, provide) => provide(fleet.frontUrl),
});

async function attemptSignIn(page: Page, username: string, password: string, origin = "") {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Username or e-mail").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return page.getByRole("alert").filter({ hasText: /\S/ });
}

async function newAccount(backend: { createUser(user: object): Promise<unknown> }, username: string) {
  const account = {
    name: `User ${username}`,
    username,
    email: `${username}@example.com`,
    password: `${username}-Passw0rd`,
  };
  await backend.createUser(account);
  return account;
}

test("failures on one instance count on the other: the limit is the fleet's", async ({
  page,
  backend,
  fleet,
}) => {
  const rita = await newAccount(backend, "ritafleet");
  const [first, second] = fleet.instances.map((instance) => instance.url);
  for (let attempt = 0; attempt < RATE_LIMITS.perAccount; attempt++) {
    await expect(
      await attemptSignIn(page, rita.username, "wrong-password", attempt % 2 ? second : first),
    ).toHaveText(WRONG);
  }
  for (const origin of [first, second, fleet.frontUrl]) {
    await expect(await attemptSignIn(page, rita.username, rita.password, origin)).toHaveText(TOO_MANY);
  }
});

test("with no known client address, strangers' failures on many accounts never stop another user", async ({
  page,
  browser,
}) => {
  const stranger = await browser.newPage();
  for (let account = 0; account < RATE_LIMITS.perIp * 2; account++) {
    await expect(await attemptSignIn(stranger, `nobody${account}`, "wrong-password")).toHaveText(WRONG);
  }
  await stranger.close();
  await attemptSignIn(page, SEED_DEMO.username, SEED_DEMO.password);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the account's owner, in a browser that signed in before, gets in while a stranger holding the password waits", async ({
  page,
  browser,
  backend,
}) => {
  const vera = await newAccount(backend, "verafleet");
  await attemptSignIn(page, vera.username, vera.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out$/);

  const stranger = await browser.newPage();
  for (let attempt = 0; attempt < RATE_LIMITS.perAccount + 2; attempt++) {
    await attemptSignIn(stranger, vera.username, "guess");
  }
  await expect(await attemptSignIn(stranger, vera.username, vera.password)).toHaveText(TOO_MANY);
  await stranger.close();

  await attemptSignIn(page, vera.username, vera.password);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test.describe("when Redis stops", () => {
  test("signing in, browsing and refreshing go on, limits fall back to each instance, and each logs it once", async ({
    page,
    backend,
    fleet,
  }) => {
    const walt = await newAccount(backend, "waltfleet");
    await fleet.redis.stop();

    await attemptSignIn(page, SEED_DEMO.username, SEED_DEMO.password);
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.context().clearCookies({ name: "access_token" });
    for (const instance of fleet.instances) {
      await page.goto(`${instance.url}/dashboard`);
      await expect(page.getByRole("heading", { name: `Welcome, ${SEED_DEMO.name}` })).toBeVisible();
    }
    expect((await backend.stats())["POST /api/v1/refresh"]).toBeGreaterThanOrEqual(1);

    const [first, second] = fleet.instances.map((instance) => instance.url);
    const stranger = await page.context().browser()?.newPage();
    if (!stranger) throw new Error("no browser");
    for (let attempt = 0; attempt < RATE_LIMITS.perAccount; attempt++) {
      await expect(await attemptSignIn(stranger, walt.username, "wrong-password", first)).toHaveText(WRONG);
    }
    await expect(await attemptSignIn(stranger, walt.username, walt.password, first)).toHaveText(TOO_MANY);
    // The other instance counts on its own now, from zero.
    await expect(await attemptSignIn(stranger, walt.username, "wrong-password", second)).toHaveText(WRONG);
    await stranger.close();

    for (const instance of fleet.instances) {
      const outages = readFileSync(instance.logFile, "utf8").match(/\[redis\] unavailable/g) ?? [];
      expect(outages, instance.logFile).toHaveLength(1);
    }
  });
});

// `npm run screenshots`: light and dark, desktop and phone screenshots of the main pages, taken in Chromium from
// a production build in front of the embedded backend, into docs/screenshots/ (the README shows them).
// SCREENSHOTS_SKIP_BUILD=1 reuses the last .next build.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

import { chromium, type Browser, type Page } from "@playwright/test";

import { SEED_ADMIN, SEED_DEMO, type SeedAccount } from "../tests/fixtures/seed";
import { chromiumLaunchOptions } from "../tests/setup/chromium";
import { buildApp, startAppInstance, startMockBackend } from "./bench/servers";
import { stopAllProcesses, stopProcessesOnExit } from "./lib/processes";

const OUTPUT_DIR = "docs/screenshots";

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
const THEMES = ["light", "dark"] as const;

/** What each screenshot shows, and as whom (undefined: signed out). */
const SHOTS: { name: string; path: string; account?: SeedAccount }[] = [
  { name: "sign-in", path: "/login" },
  { name: "dashboard", path: "/dashboard", account: SEED_DEMO },
  { name: "posts", path: "/dashboard/posts", account: SEED_DEMO },
  { name: "users", path: "/dashboard/users", account: SEED_DEMO },
  { name: "admin", path: "/dashboard/admin/tiers/free", account: SEED_ADMIN },
];

async function signIn(page: Page, origin: string, account: SeedAccount): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Username or e-mail").fill(account.username);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(/\/dashboard$/);
}

async function takeShots(browser: Browser, origin: string): Promise<string[]> {
  const written: string[] = [];
  for (const theme of THEMES) {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      for (const shot of SHOTS) {
        // The app follows the system theme by default: the context's colour scheme picks it.
        const context = await browser.newContext({ viewport, colorScheme: theme, reducedMotion: "reduce" });
        const page = await context.newPage();
        if (shot.account) await signIn(page, origin, shot.account);
        await page.goto(`${origin}${shot.path}`);
        await page.waitForLoadState("networkidle");
        const file = join(OUTPUT_DIR, `${shot.name}-${theme}-${device}.png`);
        await page.screenshot({ path: file });
        written.push(file);
        await context.close();
      }
    }
  }
  return written;
}

async function main(): Promise<void> {
  const secret = randomBytes(32).toString("base64url");
  const backend = await startMockBackend(0);
  if (!process.env.SCREENSHOTS_SKIP_BUILD) await buildApp();
  const app = await startAppInstance(backend.url, secret);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    for (const file of await takeShots(browser, app.url)) console.log(file);
  } finally {
    await browser.close();
  }
}

stopProcessesOnExit();
try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stopAllProcesses();
}

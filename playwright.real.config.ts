// Browser flows against the real FastAPI-boilerplate (`npm run test:real` sets REAL_FASTAPI_URL and builds first):
// the standalone server of the build on a free loopback port in front of it. Project `fixed` runs the flows of tests/real/fixed on the
// --fixed kit (or a backend of your own); project `unmodified` the degradation checks of tests/real/unmodified.
// A second instance of the same build, with the throttle's own limits, serves tests/real/fixed/throttle.spec.ts only.
import { randomBytes } from "node:crypto";

import { defineConfig, devices } from "@playwright/test";

import { listenOn, STANDALONE_SERVER } from "./scripts/lib/app-server";
import { THROTTLED_APP_LIMITS } from "./tests/real/support";
import { chromiumLaunchOptions } from "./tests/setup/chromium";
import { freePort } from "./tests/setup/free-port";

const fastapiUrl = process.env.REAL_FASTAPI_URL;
if (!fastapiUrl)
  throw new Error("REAL_FASTAPI_URL is not set: run `npm run test:real` (docs/real-backend.md)");

// Chosen once in the main process; workers inherit process.env and keep the same values.
process.env.REAL_E2E_APP_PORT ??= String(await freePort());
process.env.REAL_E2E_THROTTLED_APP_PORT ??= String(await freePort());
process.env.REAL_E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");
const appUrl = `http://127.0.0.1:${process.env.REAL_E2E_APP_PORT}`;
const throttledAppUrl = `http://127.0.0.1:${process.env.REAL_E2E_THROTTLED_APP_PORT}`;

const appEnv = {
  FASTAPI_URL: fastapiUrl,
  ALLOW_INSECURE_HTTP: "true",
  BETTER_AUTH_SECRET: process.env.REAL_E2E_AUTH_SECRET,
  // The real FastAPI checks each password with bcrypt in one worker: a burst of sign-ins (the throttle spec sends
  // four at once) queues there for seconds on a loaded machine, and no test here waits on the timeout itself.
  FASTAPI_TIMEOUT_MS: "15000",
  // Shown in the run's output (stdout: "pipe"): a FastAPI call that failed says which and why, without the
  // line per request.
  LOG_LEVEL: "warn",
  NEXT_TELEMETRY_DISABLED: "1",
};

/** One standalone server of the build, on `port`, with the shared settings and its own. */
const appServer = (port: string | undefined, url: string, settings: Record<string, string>) => ({
  command: `node ${STANDALONE_SERVER}`,
  url: `${url}/`,
  env: { ...appEnv, ...listenOn(Number(port)), APP_URL: url, ...settings },
  reuseExistingServer: false,
  stdout: "pipe" as const,
  timeout: 120_000,
});

export default defineConfig({
  testDir: "tests/real",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/real",
  // Tests make their own accounts and names, so two run at once; the superuser's tests share one file, which
  // runs in one worker (FastAPI mints identical tokens within a second, and a hard delete revokes the caller's).
  workers: 2,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  // Every sign-up and sign-in waits for a bcrypt hash in FastAPI's one event loop, queued behind the other
  // worker's: on a busy 2-core machine a step can take several seconds where the embedded backend takes none.
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: appUrl,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: "fixed", testDir: "tests/real/fixed" },
    { name: "unmodified", testDir: "tests/real/unmodified" },
  ],
  webServer: [
    appServer(process.env.REAL_E2E_APP_PORT, appUrl, {
      // Every test signs in from the same address; these limits leave room for all of them.
      AUTH_RATE_LIMIT_PER_ACCOUNT: "50",
      AUTH_RATE_LIMIT_PER_IP: "500",
    }),
    // The throttle spec trips the global alarm on purpose. In an instance of its own, counting in its own memory,
    // the alarm and the waits it sets slow none of the other flows. Every limit is stated, so none leaks in from
    // the caller's shell: src/env.ts's defaults but the alarm's ceiling and the delay (THROTTLED_APP_LIMITS
    // says why), and no trusted proxy, as by default, so nothing is counted per address.
    appServer(process.env.REAL_E2E_THROTTLED_APP_PORT, throttledAppUrl, {
      REDIS_URL: "",
      TRUST_PROXY_HEADERS: "false",
      AUTH_RATE_LIMIT_PER_ACCOUNT: String(THROTTLED_APP_LIMITS.perAccount),
      AUTH_RATE_LIMIT_DELAY_SECONDS: String(THROTTLED_APP_LIMITS.delaySeconds),
      AUTH_RATE_LIMIT_WINDOW_SECONDS: String(THROTTLED_APP_LIMITS.windowSeconds),
      AUTH_RATE_LIMIT_GLOBAL: String(THROTTLED_APP_LIMITS.global),
    }),
  ],
});

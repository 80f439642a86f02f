// Browser tests: a production build of the app (`next build` + `next start`) in front of the embedded backend,
// both on free loopback ports, driven in Chromium.
import { randomBytes } from "node:crypto";

import { defineConfig, devices } from "@playwright/test";

import { chromiumLaunchOptions } from "./tests/setup/chromium";
import { freePort } from "./tests/setup/free-port";

// Chosen once in the main process; workers inherit process.env and keep the same values.
process.env.E2E_APP_PORT ??= String(await freePort());
process.env.E2E_MOCK_PORT ??= String(await freePort());
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");

const appUrl = `http://127.0.0.1:${process.env.E2E_APP_PORT}`;
const mockUrl = `http://127.0.0.1:${process.env.E2E_MOCK_PORT}`;
process.env.E2E_APP_URL = appUrl;
process.env.E2E_MOCK_URL = mockUrl;

const appEnv = {
  FASTAPI_URL: mockUrl,
  APP_URL: appUrl,
  ALLOW_INSECURE_HTTP: "true",
  BETTER_AUTH_SECRET: process.env.E2E_AUTH_SECRET,
  FASTAPI_TIMEOUT_MS: "3000",
  // Every browser test signs in from the same address; these limits leave room for all of them.
  AUTH_RATE_LIMIT_PER_ACCOUNT: "50",
  AUTH_RATE_LIMIT_PER_IP: "200",
  NEXT_TELEMETRY_DISABLED: "1",
};

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  // The embedded backend is one shared, stateful server: tests reset it, so they run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: appUrl,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      command: "npx tsx tests/mocks/http-server.ts",
      url: `${mockUrl}/__mock/stats`,
      env: { MOCK_API_PORT: process.env.E2E_MOCK_PORT },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // E2E_SKIP_BUILD=1 reuses an existing .next build while iterating on tests.
      command: `${process.env.E2E_SKIP_BUILD ? "" : "npx next build && "}npx next start -H 127.0.0.1 -p ${process.env.E2E_APP_PORT}`,
      url: `${appUrl}/`,
      env: appEnv,
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
});

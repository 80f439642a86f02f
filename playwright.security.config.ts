// The security suite (`npm run test:security`, browser part): attacks on instances of one production build that
// tests/security/global-setup.ts starts, then a scan of everything they answered and logged for leaks.
import { defineConfig, devices } from "@playwright/test";

import { chromiumLaunchOptions } from "./tests/setup/chromium";

export default defineConfig({
  testDir: "tests/security",
  testMatch: "**/*.spec.ts",
  globalSetup: "./tests/security/global-setup.ts",
  outputDir: "test-results/security",
  // One shared, stateful backend that every test resets: one test at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // `npm run test:stress` runs every test several times (E2E_REPEAT_EACH) to find the ones that pass by luck.
  repeatEach: Number(process.env.E2E_REPEAT_EACH ?? 1),
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: "attacks", testIgnore: "**/leak-scan.spec.ts" },
    // Runs last: it reads what every other test left in the logs and the build.
    { name: "leak-scan", testMatch: "**/leak-scan.spec.ts", dependencies: ["attacks"] },
  ],
});

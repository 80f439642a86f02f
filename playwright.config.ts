// Browser tests: a production build of the app (`next build` + `next start`) in front of the embedded backend
// and the embedded OpenID Provider, all on free loopback ports, driven in Chromium.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

import { defineConfig, devices } from "@playwright/test";

import { EMBEDDED_OIDC_CLIENT } from "./tests/fixtures/oidc-accounts";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

// Chosen once in the main process; workers inherit process.env and keep the same values.
process.env.E2E_APP_PORT ??= String(await freePort());
process.env.E2E_MOCK_PORT ??= String(await freePort());
process.env.E2E_OP_PORT ??= String(await freePort());
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");

const appUrl = `http://127.0.0.1:${process.env.E2E_APP_PORT}`;
const mockUrl = `http://127.0.0.1:${process.env.E2E_MOCK_PORT}`;
const issuer = `http://127.0.0.1:${process.env.E2E_OP_PORT}`;
process.env.E2E_APP_URL = appUrl;
process.env.E2E_MOCK_URL = mockUrl;
process.env.E2E_OP_URL = issuer;

/** Debian's Chromium where it is installed (Playwright cannot download browsers here), else Playwright's own. */
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const appEnv = {
  FASTAPI_URL: mockUrl,
  APP_URL: appUrl,
  ALLOW_INSECURE_HTTP: "true",
  BETTER_AUTH_SECRET: process.env.E2E_AUTH_SECRET,
  FASTAPI_TIMEOUT_MS: "3000",
  NEXT_TELEMETRY_DISABLED: "1",
  OIDC_ISSUER: issuer,
  OIDC_CLIENT_ID: EMBEDDED_OIDC_CLIENT.clientId,
  OIDC_CLIENT_SECRET: EMBEDDED_OIDC_CLIENT.clientSecret,
  OIDC_PROVIDER_NAME: "Keycloak",
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
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: "npx tsx tests/mocks/identity-provider/http-server.ts",
      url: `${issuer}/.well-known/openid-configuration`,
      env: { OIDC_PROVIDER_PORT: process.env.E2E_OP_PORT, OIDC_PROVIDER_APP_URL: appUrl },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: "npx tsx tests/mocks/http-server.ts",
      url: `${mockUrl}/__mock/stats`,
      env: { MOCK_API_PORT: process.env.E2E_MOCK_PORT, MOCK_OIDC_ISSUER: issuer },
      reuseExistingServer: false,
      timeout: 120_000,
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

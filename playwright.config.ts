// Browser tests: the standalone server of a production build (`npm run build`, as `npm start` runs it) in front of the embedded backend
// and the embedded OpenID Provider, a second instance of the same build and an nginx front over both
// (scale-out), both instances sharing a throw-away Redis, all on free loopback ports, driven in Chromium.
import { randomBytes } from "node:crypto";

import { defineConfig, devices } from "@playwright/test";

import { BUILD_COMMAND, listenOn, STANDALONE_SERVER } from "./scripts/lib/app-server";
import { EMBEDDED_OIDC_CLIENT } from "./tests/fixtures/oidc-accounts";
import { chromiumLaunchOptions } from "./tests/setup/chromium";
import { freePort } from "./tests/setup/free-port";

// Chosen once in the main process; workers inherit process.env and keep the same values.
process.env.E2E_APP_PORT ??= String(await freePort());
process.env.E2E_MOCK_PORT ??= String(await freePort());
process.env.E2E_SECOND_APP_PORT ??= String(await freePort());
process.env.E2E_NGINX_PORT ??= String(await freePort());
process.env.E2E_OP_PORT ??= String(await freePort());
process.env.E2E_REDIS_PORT ??= String(await freePort());
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");

const appUrl = `http://127.0.0.1:${process.env.E2E_APP_PORT}`;
const mockUrl = `http://127.0.0.1:${process.env.E2E_MOCK_PORT}`;
const secondAppUrl = `http://127.0.0.1:${process.env.E2E_SECOND_APP_PORT}`;
const nginxUrl = `http://127.0.0.1:${process.env.E2E_NGINX_PORT}`;
process.env.E2E_APP_URL = appUrl;
process.env.E2E_MOCK_URL = mockUrl;
process.env.E2E_SECOND_APP_URL = secondAppUrl;
process.env.E2E_NGINX_URL = nginxUrl;
const issuer = `http://127.0.0.1:${process.env.E2E_OP_PORT}`;
process.env.E2E_OP_URL = issuer;

const appEnv = {
  FASTAPI_URL: mockUrl,
  APP_URL: appUrl,
  ALLOW_INSECURE_HTTP: "true",
  BETTER_AUTH_SECRET: process.env.E2E_AUTH_SECRET,
  FASTAPI_TIMEOUT_MS: "3000",
  // The sections suite makes the tier list fail between two visits of the overview: a reused list would hide it.
  TIER_LIST_CACHE_SECONDS: "0",
  // Every browser test signs in from the same address; these limits leave room for all of them.
  AUTH_RATE_LIMIT_PER_ACCOUNT: "50",
  AUTH_RATE_LIMIT_PER_IP: "200",
  NEXT_TELEMETRY_DISABLED: "1",
  OIDC_ISSUER: issuer,
  OIDC_CLIENT_ID: EMBEDDED_OIDC_CLIENT.clientId,
  OIDC_CLIENT_SECRET: EMBEDDED_OIDC_CLIENT.clientSecret,
  OIDC_PROVIDER_NAME: "Keycloak",
  // Rate limits and refreshes are shared by both instances, as in a fleet.
  REDIS_URL: `redis://127.0.0.1:${process.env.E2E_REDIS_PORT}`,
};

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  // The embedded backend is one shared, stateful server: tests reset it, so they run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // `npm run test:stress` runs every test several times (E2E_REPEAT_EACH) to find the ones that pass by luck.
  repeatEach: Number(process.env.E2E_REPEAT_EACH ?? 1),
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
      // Fails with a message saying how to install redis-server when it is missing.
      command: "npx tsx scripts/test-redis.ts",
      port: Number(process.env.E2E_REDIS_PORT),
      env: { TEST_REDIS_PORT: process.env.E2E_REDIS_PORT },
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      reuseExistingServer: false,
      timeout: 30_000,
    },
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
      command: `${process.env.E2E_SKIP_BUILD ? "" : `${BUILD_COMMAND} && `}node ${STANDALONE_SERVER}`,
      url: `${appUrl}/`,
      env: { ...appEnv, ...listenOn(Number(process.env.E2E_APP_PORT)) },
      reuseExistingServer: false,
      timeout: 300_000,
    },
    {
      // Web servers start one after the other, so this second instance reuses the build made just above. It
      // shares nothing with the first but the configuration (same APP_URL, same secret).
      command: `node ${STANDALONE_SERVER}`,
      url: `${secondAppUrl}/`,
      env: { ...appEnv, ...listenOn(Number(process.env.E2E_SECOND_APP_PORT)) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: "npx tsx scripts/nginx-front.ts",
      url: `${nginxUrl}/`,
      env: {
        NGINX_FRONT_PORT: process.env.E2E_NGINX_PORT,
        NGINX_FRONT_UPSTREAMS: `${process.env.E2E_APP_PORT},${process.env.E2E_SECOND_APP_PORT}`,
      },
      // SIGTERM lets the command stop nginx and remove its temp dir.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});

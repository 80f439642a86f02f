// Starts what the security suite attacks: the embedded backend, and two instances of one production build, one
// with the proxy's auth check and one without it. Returns the teardown that stops them.
import { execSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { BUILD_COMMAND } from "../../scripts/lib/app-server";
import { startMockApiServer } from "../mocks/http-server";
import { freePort } from "../setup/free-port";

import { appEnv } from "./support/app-env";
import { startNextApp, type NextApp } from "./support/next-app";

async function startInstance(
  name: string,
  mockUrl: string,
  env: Record<string, string> = {},
): Promise<NextApp> {
  const port = await freePort();
  return startNextApp({
    name,
    port,
    logDir: process.env.SECURITY_LOG_DIR ?? "",
    env: appEnv({ FASTAPI_URL: mockUrl, APP_URL: `http://127.0.0.1:${port}`, ...env }),
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  process.env.SECURITY_AUTH_SECRET = randomBytes(32).toString("base64url");
  process.env.SECURITY_MOCK_JWT_SECRET = randomBytes(32).toString("base64url");
  process.env.SECURITY_LOG_DIR = mkdtempSync(join(tmpdir(), "security-logs-"));

  const mock = await startMockApiServer({ port: 0, jwtSecret: process.env.SECURITY_MOCK_JWT_SECRET });
  process.env.SECURITY_MOCK_URL = mock.url;

  if (!process.env.E2E_SKIP_BUILD) {
    // No configuration: the build bakes none in; each instance reads its own at start.
    execSync(BUILD_COMMAND, { stdio: "inherit" });
  }

  const results = await Promise.allSettled([
    startInstance("guarded", mock.url),
    startInstance("unguarded", mock.url, { DISABLE_PROXY_AUTH_CHECK: "true" }),
  ]);
  const instances = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const stopAll = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await mock.close();
  };
  const [guarded, unguarded] = results;
  if (guarded.status === "rejected" || unguarded.status === "rejected") {
    await stopAll();
    throw results.find((result) => result.status === "rejected")?.reason;
  }
  process.env.SECURITY_GUARDED_URL = guarded.value.url;
  process.env.SECURITY_UNGUARDED_URL = unguarded.value.url;
  return stopAll;
}

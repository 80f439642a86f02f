// The systems under test: the embedded backend and `next start` instances of the production build, as children.
import { createRequire } from "node:module";

import { freePort, startProcess, waitForHttp, type ManagedProcess } from "../lib/processes";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");

export interface MockBackendServer {
  url: string;
  process: ManagedProcess;
  stats(): Promise<Record<string, number>>;
}

export interface AppInstance {
  url: string;
  port: number;
  process: ManagedProcess;
}

/** The embedded backend in its own Node process, so its work does not share a thread with the load tool. */
export async function startMockBackend(latencyMs: number): Promise<MockBackendServer> {
  const port = await freePort();
  const backend = startProcess(
    "mock backend",
    process.execPath,
    ["--import", "tsx", "tests/mocks/http-server.ts"],
    {
      env: { MOCK_API_PORT: String(port), MOCK_LATENCY_MS: String(latencyMs) },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/__mock/stats`, backend);
  return {
    url,
    process: backend,
    stats: async () => (await (await fetch(`${url}/__mock/stats`)).json()) as Record<string, number>,
  };
}

/** The environment `next build` and `next start` need, as in playwright.config.ts. */
export const appEnv = (backendUrl: string, appUrl: string, secret: string): Record<string, string> => ({
  FASTAPI_URL: backendUrl,
  APP_URL: appUrl,
  ALLOW_INSECURE_HTTP: "true",
  BETTER_AUTH_SECRET: secret,
  NEXT_TELEMETRY_DISABLED: "1",
});

/** `next build`, run to completion. */
export async function buildApp(backendUrl: string, secret: string): Promise<void> {
  const build = startProcess("next build", process.execPath, [nextBin, "build"], {
    env: appEnv(backendUrl, "http://127.0.0.1:3000", secret),
  });
  const code = await build.exitCode();
  await build.stop();
  if (code !== 0) throw new Error(`next build failed:\n${build.output()}`);
}

export interface InstanceOptions {
  /** Node options placed before Next's own, e.g. a heap limit. */
  nodeArgs?: readonly string[];
  env?: Record<string, string>;
}

/** One `next start` of the existing build; Node runs Next directly, so the pid is the server's. */
export async function startAppInstance(
  backendUrl: string,
  secret: string,
  { nodeArgs = [], env = {} }: InstanceOptions = {},
): Promise<AppInstance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = startProcess(
    `next start :${port}`,
    process.execPath,
    [...nodeArgs, nextBin, "start", "-H", "127.0.0.1", "-p", String(port)],
    { env: { ...appEnv(backendUrl, url, secret), ...env } },
  );
  await waitForHttp(`${url}/`, app);
  return { url, port, process: app };
}

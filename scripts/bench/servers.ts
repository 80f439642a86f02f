// The systems under test: the embedded backend and standalone servers of the production build, as children.
import { listenOn, STANDALONE_SERVER } from "../lib/app-server";
import { freePort, startProcess, waitForHttp, type ManagedProcess } from "../lib/processes";

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

/** The environment the app's server needs, as in playwright.config.ts. */
const appEnv = (backendUrl: string, appUrl: string, secret: string): Record<string, string> => ({
  FASTAPI_URL: backendUrl,
  APP_URL: appUrl,
  ALLOW_INSECURE_HTTP: "true",
  BETTER_AUTH_SECRET: secret,
  NEXT_TELEMETRY_DISABLED: "1",
});

/** `npm run build`, run to completion; it needs no configuration. */
export async function buildApp(): Promise<void> {
  const build = startProcess("npm run build", "npm", ["run", "build"]);
  const code = await build.exitCode();
  await build.stop();
  if (code !== 0) throw new Error(`npm run build failed:\n${build.output()}`);
}

export interface InstanceOptions {
  /** Node options placed before Next's own, e.g. a heap limit. */
  nodeArgs?: readonly string[];
  env?: Record<string, string>;
}

/** One standalone server of the existing build; Node runs it directly, so the pid is the server's. */
export async function startAppInstance(
  backendUrl: string,
  secret: string,
  { nodeArgs = [], env = {} }: InstanceOptions = {},
): Promise<AppInstance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = startProcess(`app server :${port}`, process.execPath, [...nodeArgs, STANDALONE_SERVER], {
    env: { ...appEnv(backendUrl, url, secret), ...env, ...listenOn(port) },
  });
  await waitForHttp(`${url}/`, app);
  return { url, port, process: app };
}

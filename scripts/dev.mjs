// `npm run dev`: the embedded backend plus `next dev` when FASTAPI_URL is unset, else `next dev` alone; with
// OIDC_ENABLED=true and no OIDC_ISSUER, the embedded OpenID Provider too.
// Ctrl-C (or either process ending) stops both, so no orphan is left behind.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { connect } from "node:net";

import nextEnv from "@next/env";
import pinoPretty from "pino-pretty";

// Same files and precedence as Next itself, so `.env.local` can set FASTAPI_URL or MOCK_API_PORT.
nextEnv.loadEnvConfig(process.cwd(), true);

const DEFAULT_MOCK_API_PORT = 8010; // keep in step with src/env.ts
const DEFAULT_OIDC_PROVIDER_PORT = 8020; // keep in step with tests/mocks/identity-provider/http-server.ts
// The embedded provider's client (tests/fixtures/oidc-accounts.ts): development-only values.
const EMBEDDED_OIDC_CLIENT = {
  OIDC_CLIENT_ID: "next-app",
  OIDC_CLIENT_SECRET: "embedded-provider-dev-secret",
};
const children = [];
let stopping = false;

/** `readable`: the child's stdout goes through pino-pretty, which shows the app's JSON log lines as text. */
function start(command, args, env = {}, { readable = false } = {}) {
  const child = spawn(command, args, {
    stdio: ["inherit", readable ? "pipe" : "inherit", "inherit"],
    env: { ...process.env, ...env },
  });
  // Lines that are not JSON (Next's own) pass through as they are.
  // pino-pretty writes to this process's stdout itself.
  if (readable) {
    child.stdout.pipe(
      pinoPretty({
        colorize: process.stdout.isTTY,
        messageKey: "event",
        singleLine: true,
        translateTime: "SYS:HH:MM:ss.l",
      }),
    );
  }
  children.push(child);
  child.on("exit", (code, signal) => {
    if (!stopping) stopAll(code ?? (signal ? 1 : 0));
  });
  return child;
}

function stopAll(exitCode) {
  stopping = true;
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  const waitForAll = children.map((child) =>
    child.exitCode !== null || child.signalCode !== null
      ? null
      : new Promise((done) => child.once("exit", done)),
  );
  Promise.all(waitForAll).then(() => process.exit(exitCode));
}

function waitForPort(port, deadline = Date.now() + 30_000) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => socket.end(resolve));
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing opened port ${port}`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

// Node itself runs each child (no npx or shell in between), so signals reach the real processes.
const require = createRequire(import.meta.url);
const nextArgs = [require.resolve("next/dist/bin/next"), "dev", ...process.argv.slice(2)];
const nextEnvironment = {};
const mockEnvironment = {};

const oidcEnabled = ["true", "1"].includes(process.env.OIDC_ENABLED ?? "");
if (oidcEnabled && !process.env.OIDC_ISSUER) {
  const port = Number(process.env.OIDC_PROVIDER_PORT ?? DEFAULT_OIDC_PROVIDER_PORT);
  const issuer = `http://127.0.0.1:${port}`;
  start(process.execPath, ["--import", "tsx", "tests/mocks/identity-provider/http-server.ts"], {
    OIDC_PROVIDER_PORT: String(port),
    OIDC_PROVIDER_APP_URL: process.env.APP_URL ?? "http://localhost:3000",
  });
  await waitForPort(port);
  Object.assign(nextEnvironment, { OIDC_ISSUER: issuer, ...EMBEDDED_OIDC_CLIENT });
  mockEnvironment.MOCK_OIDC_ISSUER = issuer;
}

if (process.env.FASTAPI_URL) {
  console.log(`Using the FastAPI backend at ${process.env.FASTAPI_URL}`);
} else {
  const port = Number(process.env.MOCK_API_PORT ?? DEFAULT_MOCK_API_PORT);
  start(process.execPath, ["--import", "tsx", "tests/mocks/http-server.ts"], {
    MOCK_API_PORT: String(port),
    ...mockEnvironment,
  });
  await waitForPort(port);
  nextEnvironment.FASTAPI_URL = `http://127.0.0.1:${port}`;
}
start(process.execPath, nextArgs, nextEnvironment, { readable: true });

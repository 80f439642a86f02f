// The configuration is the server's to read when it starts, not the build's: the one build this suite made with
// no settings at all starts with any valid ones (every other spec), and refuses to start with a bad one, exit
// code 1, naming the variable, with no stack trace and no secret in what it prints.
import { spawn } from "node:child_process";

import { listenOn, STANDALONE_SERVER } from "../../scripts/lib/app-server";
import { freePort } from "../setup/free-port";

import { expect, test } from "./support/fixtures";

/** Far longer than a refusal takes (well under a second): only a server that started would still be running. */
const START_DEADLINE_MS = 30_000;

interface Exit {
  code: number | null;
  output: string;
}

/** Starts the standalone server with exactly `env` (and PATH) and waits for it to end on its own. */
async function startWith(env: Record<string, string>): Promise<Exit> {
  const port = await freePort();
  const child = spawn(process.execPath, [STANDALONE_SERVER], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
      ...listenOn(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  // A server that keeps running is the failure looked for: it is stopped, and its exit code is then null.
  const deadline = setTimeout(() => child.kill("SIGKILL"), START_DEADLINE_MS);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(deadline);
  return { code, output };
}

const VALID = {
  FASTAPI_URL: "http://127.0.0.1:9",
  APP_URL: "http://127.0.0.1:3000",
  ALLOW_INSECURE_HTTP: "true",
};

test("a server without FASTAPI_URL, APP_URL or BETTER_AUTH_SECRET does not start, and says which", async () => {
  const { code, output } = await startWith({});
  expect(code).toBe(1);
  expect(output).toContain("Invalid environment variables:");
  for (const name of ["FASTAPI_URL", "APP_URL", "BETTER_AUTH_SECRET"]) expect(output).toContain(`  ${name}:`);
  expect(output).not.toMatch(/^\s+at /m);
});

test("a weak secret stops the start, and the secret is not repeated back", async () => {
  const weak = "short-secret-0123456789";
  const { code, output } = await startWith({ ...VALID, BETTER_AUTH_SECRET: weak });
  expect(code).toBe(1);
  expect(output).toContain("BETTER_AUTH_SECRET: must be at least 32 characters");
  expect(output).not.toContain(weak);
});

test("an http APP_URL without ALLOW_INSECURE_HTTP stops the start", async () => {
  const { code, output } = await startWith({
    ...VALID,
    ALLOW_INSECURE_HTTP: "false",
    BETTER_AUTH_SECRET: "a-secret-long-enough-to-pass-its-own-check-0123",
  });
  expect(code).toBe(1);
  expect(output).toContain("APP_URL: must be https in production");
});

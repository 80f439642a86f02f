// `npm run test:container` (root and podman; run by .ci/run, not by npm test): builds the image from the Dockerfile
// on the official Node base image (a stand-in where no registry is reachable), checks what the image holds, starts
// it against the embedded backend, waits for its health check, signs in through it in Chromium and stops it cleanly.
import { randomBytes } from "node:crypto";

import { chromium } from "@playwright/test";

import { SEED_DEMO } from "../tests/fixtures/seed";
import { chromiumLaunchOptions } from "../tests/setup/chromium";

import { startMockBackend } from "./bench/servers";
import { podman, podmanShown, podmanSucceeds } from "./container/podman";
import { ensureNodeBaseImage } from "./container/stand-in-node-image";
import { freePort } from "./lib/processes";

const IMAGE = "localhost/next-fastapi-auth:test";
const CONTAINER = `next-fastapi-auth-test-${process.pid}`;
/** The health check's start period plus a margin for a loaded machine. */
const HEALTHY_WITHIN_MS = 60_000;
/** What podman gives a container between SIGTERM and SIGKILL. */
const STOP_TIMEOUT_SECONDS = 10;

const started = Date.now();
const log = (line: string) =>
  console.log(`[test:container] ${line} (${Math.round((Date.now() - started) / 1000)} s)`);

function check(condition: boolean, failure: string): void {
  if (!condition) throw new Error(failure);
}

async function buildImage(): Promise<void> {
  await ensureNodeBaseImage(log);
  log("podman build");
  // Docker format: the OCI one has no HEALTHCHECK. Host network: npm in the build reaches the registry as npm here.
  await podmanShown("build", "--pull=never", "--format", "docker", "--network", "host", "-t", IMAGE, ".");
  log("image built");
}

interface ImageInspection {
  Config: { User?: string; Env?: string[] };
  Healthcheck?: { Test?: string[] };
}

/** Non-root, a health check, no secret in its settings, its history or its files. */
async function checkImage(): Promise<void> {
  const [{ Config: config, Healthcheck: healthcheck }] = JSON.parse(
    await podman("image", "inspect", IMAGE),
  ) as [ImageInspection];
  check(config.User === "node", `the image runs as ${config.User ?? "root"}, not as node`);
  check(!!healthcheck?.Test?.length, "the image has no HEALTHCHECK");
  const secretSettings = (config.Env ?? []).filter((setting) => /SECRET|PASSWORD|TOKEN/i.test(setting));
  check(secretSettings.length === 0, `the image sets ${secretSettings.join(", ")}`);
  const history = await podman("history", "--no-trunc", "--format", "{{.CreatedBy}}", IMAGE);
  check(!/BETTER_AUTH_SECRET=\S/.test(history), "a layer's command sets BETTER_AUTH_SECRET");
  const envFiles = await podman(
    "run",
    "--rm",
    "--network",
    "none",
    "--user",
    "root",
    "--entrypoint",
    "find",
    IMAGE,
    "/app",
    "-name",
    ".env*",
  );
  check(envFiles === "", `the image holds settings files: ${envFiles}`);
  log("image: runs as node, has a health check, holds no secret and no .env file");
}

async function waitUntilHealthy(): Promise<void> {
  const deadline = Date.now() + HEALTHY_WITHIN_MS;
  // No systemd here to run the HEALTHCHECK on its interval: it is run by hand, as the timer would.
  while (!(await podmanSucceeds("healthcheck", "run", CONTAINER))) {
    const state = await podman("inspect", "--format", "{{.State.Status}}", CONTAINER);
    check(state === "running", `the container is ${state}:\n${await podman("logs", CONTAINER)}`);
    check(Date.now() < deadline, `not healthy within ${HEALTHY_WITHIN_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const health = await podman("inspect", "--format", "{{.State.Health.Status}}", CONTAINER);
  check(health === "healthy", `podman reports the container ${health}`);
  log("container healthy");
}

async function signInThrough(appUrl: string): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(`${appUrl}/login`);
    await page.getByLabel("Username or e-mail").fill(SEED_DEMO.username);
    await page.getByLabel("Password").fill(SEED_DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${appUrl}/dashboard`);
    await page.getByRole("heading", { name: `Welcome, ${SEED_DEMO.name}` }).waitFor();
  } finally {
    await browser.close();
  }
  log(`signed in as ${SEED_DEMO.username} through the container`);
}

async function main(): Promise<void> {
  await buildImage();
  await checkImage();
  const backend = await startMockBackend(0);
  try {
    const port = await freePort();
    const appUrl = `http://127.0.0.1:${port}`;
    // Host network: the container listens on this machine's loopback only and reaches the backend there.
    await podman(
      "run",
      "--detach",
      "--name",
      CONTAINER,
      "--network",
      "host",
      "--env",
      `PORT=${port}`,
      "--env",
      "HOSTNAME=127.0.0.1",
      "--env",
      `FASTAPI_URL=${backend.url}`,
      "--env",
      `APP_URL=${appUrl}`,
      "--env",
      "ALLOW_INSECURE_HTTP=true",
      "--env",
      `BETTER_AUTH_SECRET=${randomBytes(32).toString("base64url")}`,
      IMAGE,
    );
    await waitUntilHealthy();
    const uid = await podman("exec", CONTAINER, "id", "-u");
    check(uid !== "0", "the server runs as root");
    const ready = await fetch(`${appUrl}/api/ready`);
    check(ready.status === 200, `/api/ready answered ${ready.status}: ${await ready.text()}`);
    await signInThrough(appUrl);
    await podman("stop", "--time", String(STOP_TIMEOUT_SECONDS), CONTAINER);
    const exitCode = await podman("inspect", "--format", "{{.State.ExitCode}}", CONTAINER);
    // 143: SIGTERM ended it cleanly, with nothing in flight; 137 would be podman's SIGKILL after the timeout.
    check(exitCode === "143", `podman stop ended the container with exit code ${exitCode}, not 143`);
    log("stopped cleanly (exit code 143)");
  } finally {
    await podman("rm", "--force", "--ignore", CONTAINER).catch(() => undefined);
    await backend.process.stop();
  }
  log("passed");
}

main().catch((error: unknown) => {
  console.error(`[test:container] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

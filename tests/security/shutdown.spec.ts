// A clean stop (docs/deployment.md, "Stopping"): on SIGTERM the server takes no new connection, answers the
// request in flight and exits 143; one still in flight after SHUTDOWN_TIMEOUT_SECONDS is given up, exit code 1.
// Each test stops an instance of its own while a sign-in is in flight: the instance's FastAPI sits behind a pass-through
// of the test's own that holds every sign-in, so the test knows that this instance's call is under way (a count on
// the shared backend can move for other reasons), and the call lasts until the instance's FastAPI timeout.
import { readFileSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";

import type { Page } from "@playwright/test";

import { SEED_DEMO } from "../fixtures/seed";
import { freePort } from "../setup/free-port";

import { appEnv, suite } from "./support/app-env";
import { expect, test } from "./support/fixtures";
import { startNextApp, type NextApp } from "./support/next-app";

/** How long the sign-in in flight waits for FastAPI before it is answered. */
const FASTAPI_TIMEOUT_MS = 8_000;

interface HoldingBackend {
  url: string;
  /** Resolves when the first sign-in reaches FastAPI; it is never answered. */
  signInArrived: Promise<void>;
  close(): Promise<void>;
}

/** Passes every call on to the embedded backend except `POST /api/v1/login`, which it holds unanswered. */
async function startHoldingBackend(): Promise<HoldingBackend> {
  let arrived!: () => void;
  const signInArrived = new Promise<void>((resolve) => (arrived = resolve));
  const server: Server = createServer((incoming, outgoing) => {
    if (incoming.method === "POST" && incoming.url?.startsWith("/api/v1/login")) {
      arrived();
      return;
    }
    const forwarded = httpRequest(
      new URL(incoming.url ?? "/", suite.mockUrl()),
      { method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on("error", () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    signInArrived,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function startInstance(
  name: string,
  fastapi: HoldingBackend,
  shutdownTimeoutSeconds: number,
): Promise<NextApp> {
  const port = await freePort();
  return startNextApp({
    name: `${name}-${process.pid}`,
    port,
    logDir: suite.logDir(),
    env: appEnv({
      FASTAPI_URL: fastapi.url,
      APP_URL: `http://127.0.0.1:${port}`,
      FASTAPI_TIMEOUT_MS: String(FASTAPI_TIMEOUT_MS),
      SHUTDOWN_TIMEOUT_SECONDS: String(shutdownTimeoutSeconds),
    }),
  });
}

/** Whether a new TCP connection to the port is refused (nothing listens any more). */
function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

/** Submits the sign-in form and waits until this instance's sign-in has reached FastAPI. */
async function signInInFlight(page: Page, app: NextApp, fastapi: HoldingBackend): Promise<void> {
  await page.goto(`${app.url}/login`);
  await page.getByLabel("Username or e-mail").fill(SEED_DEMO.username);
  await page.getByLabel("Password").fill(SEED_DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await fastapi.signInArrived;
}

test("on SIGTERM the server refuses new connections, answers the sign-in in flight, then exits 143", async ({
  page,
}) => {
  const fastapi = await startHoldingBackend();
  const app = await startInstance("shutdown", fastapi, 60);
  try {
    await signInInFlight(page, app, fastapi);
    process.kill(app.pid, "SIGTERM");
    await expect.poll(() => refusesConnections(app.port)).toBe(true);

    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    // Still in flight once nothing new is taken: FastAPI hangs for the whole timeout.
    await expect(alert).toHaveCount(0);
    await expect(alert).toHaveText("The service is unavailable right now. Please try again in a moment.", {
      // The timeout, and a loaded machine's margin: the point is that it comes at all.
      timeout: FASTAPI_TIMEOUT_MS + 20_000,
    });
    await expect(page.getByLabel("Username or e-mail")).toHaveValue(SEED_DEMO.username);
    expect(await app.exitCode).toBe(143);
  } finally {
    await app.stop();
    await fastapi.close();
  }
});

test("a sign-in still in flight at SHUTDOWN_TIMEOUT_SECONDS is given up: the server exits 1 and says so", async ({
  page,
}) => {
  const fastapi = await startHoldingBackend();
  const app = await startInstance("shutdown-timeout", fastapi, 1);
  try {
    await signInInFlight(page, app, fastapi);
    process.kill(app.pid, "SIGTERM");
    expect(await app.exitCode).toBe(1);
    expect(readFileSync(app.logFile, "utf8")).toContain('"event":"shutdown-timed-out"');
  } finally {
    await app.stop();
    await fastapi.close();
  }
});

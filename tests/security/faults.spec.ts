// Faults (docs/security.md): with FastAPI refusing connections, hanging past the timeout, answering 500
// text/plain or garbage, every page and form says so after waiting out the timeout once at most, keeps what
// was typed, keeps the user signed in, and works again on the first request after the backend is back. Runs
// its own app instance (short FastAPI timeout), whose FastAPI sits behind a gate the test can shut.
import type { Page } from "@playwright/test";

import { SEED_DEMO } from "../fixtures/seed";
import { freePort } from "../setup/free-port";

import { FAULT_TIMEOUT_MS, appEnv, suite } from "./support/app-env";
import { expect, signIn, test as base } from "./support/fixtures";
import { mockBackend, type FaultMode } from "./support/mock-backend";
import { startNextApp, type NextApp } from "./support/next-app";
import { startSwitchableGate, type SwitchableGate } from "./support/switchable-gate";

const UNAVAILABLE = "The service is unavailable right now. Please try again in a moment.";
/**
 * One timeout and a margin that holds on a loaded machine, still short of two timeouts: a page or form that waited
 * for FastAPI twice (a retry, calls one after another) fails, one slowed down by a busy CPU does not.
 */
const WITHIN = FAULT_TIMEOUT_MS + 3_000;

interface FaultyApp {
  app: NextApp;
  gate: SwitchableGate;
}

const test = base.extend<object, { faulty: FaultyApp }>({
  faulty: [
    async ({}, use) => {
      const gate = await startSwitchableGate(new URL(suite.mockUrl()), await freePort());
      const port = await freePort();
      const app = await startNextApp({
        name: "faults",
        port,
        logDir: suite.logDir(),
        env: appEnv({
          FASTAPI_URL: gate.url,
          APP_URL: `http://127.0.0.1:${port}`,
          FASTAPI_TIMEOUT_MS: String(FAULT_TIMEOUT_MS),
        }),
      });
      await use({ app, gate });
      await app.stop();
      await gate.close();
    },
    { scope: "worker" },
  ],
});
test.use({ baseURL: async ({ faulty }, provide) => provide(faulty.app.url) });

interface Fault {
  start(faulty: FaultyApp): Promise<unknown>;
  end(faulty: FaultyApp): Promise<unknown>;
}

const backendFault = (mode: Exclude<FaultMode, "off">): Fault => ({
  start: () => mockBackend.faults(mode),
  end: () => mockBackend.faults("off"),
});

const FAULTS: Record<string, Fault> = {
  "refusing connections": { start: ({ gate }) => gate.shut(), end: ({ gate }) => gate.open() },
  "hanging past the timeout": backendFault("hang"),
  "answering 500 text/plain": backendFault("error"),
  "answering garbage": backendFault("garbage"),
};

/** Runs `action` and expects `message` to show within the bound, measured from the action's start. */
async function expectMessageInTime(page: Page, action: () => Promise<void>, message: string) {
  const started = Date.now();
  await action();
  await expect(page.getByText(message).first()).toBeVisible({ timeout: WITHIN });
  expect(Date.now() - started, `"${message}" after`).toBeLessThanOrEqual(WITHIN);
}

for (const [index, [fault, { start, end }]] of Object.entries(FAULTS).entries()) {
  // A new account per fault: the app's sign-up limit per account name outlives the backend's reset.
  const newUser = `faye${index}`;
  test.describe(`FastAPI ${fault}`, () => {
    test.afterEach(({ faulty }) => end(faulty));

    test("the dashboard explains, keeps the user signed in, and recovers at once", async ({
      page,
      faulty,
    }) => {
      await signIn(page);
      await start(faulty);
      await expectMessageInTime(
        page,
        async () => void (await page.reload({ waitUntil: "commit" })),
        "Service unavailable",
      );
      await expect(page).toHaveURL(/\/dashboard$/);

      await end(faulty);
      await page.reload();
      await expect(page.getByText(SEED_DEMO.email)).toBeVisible();
    });

    test("the sign-in form explains and keeps what was typed", async ({ page, faulty }) => {
      await page.goto("/login");
      await start(faulty);
      await page.getByLabel("Username or e-mail").fill(SEED_DEMO.username);
      await page.getByLabel("Password").fill(SEED_DEMO.password);
      await expectMessageInTime(
        page,
        () => page.getByRole("button", { name: "Sign in" }).click(),
        UNAVAILABLE,
      );
      await expect(page.getByLabel("Username or e-mail")).toHaveValue(SEED_DEMO.username);
      await expect(page.getByLabel("Password")).toHaveValue(SEED_DEMO.password);

      await end(faulty);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/dashboard$/);
    });

    test("the post form explains, keeps what was typed and the session, and publishes once back", async ({
      page,
      faulty,
    }) => {
      await signIn(page);
      await page.goto("/dashboard/posts/new");
      await start(faulty);
      await page.getByLabel("Title").fill(`Fault ${index}`);
      await page.getByLabel("Text").fill("Written while FastAPI was away.");
      await expectMessageInTime(
        page,
        () => page.getByRole("button", { name: "Publish post" }).click(),
        UNAVAILABLE,
      );
      await expect(page).toHaveURL(/\/dashboard\/posts\/new$/);
      await expect(page.getByLabel("Title")).toHaveValue(`Fault ${index}`);
      await expect(page.getByLabel("Text")).toHaveValue("Written while FastAPI was away.");

      await end(faulty);
      await page.getByRole("button", { name: "Publish post" }).click();
      await expect(page).toHaveURL(/done=post-created$/);
      await expect(page.getByRole("heading", { name: `Fault ${index}` })).toBeVisible();
    });

    test("the sign-up form explains and keeps what was typed", async ({ page, faulty }) => {
      await page.goto("/register");
      await start(faulty);
      await page.getByLabel("Name", { exact: true }).fill("Faye Fault");
      await page.getByLabel("Username", { exact: true }).fill(newUser);
      await page.getByLabel("E-mail").fill(`${newUser}@example.com`);
      await page.getByLabel("Password").fill("Faye-Passw0rd");
      await expectMessageInTime(
        page,
        () => page.getByRole("button", { name: "Create account" }).click(),
        UNAVAILABLE,
      );
      await expect(page.getByLabel("Username", { exact: true })).toHaveValue(newUser);
      await expect(page.getByLabel("E-mail")).toHaveValue(`${newUser}@example.com`);

      await end(faulty);
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page).toHaveURL(/\/dashboard$/);
    });
  });
}

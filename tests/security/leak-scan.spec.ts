// Nothing secret leaks (docs/security.md): after every other test has run, a tour of the app (a failed sign-in,
// a sign-in, a refresh, error pages, a sign-out), and a scan of everything it answered (HTML, RSC payloads, error
// pages), every URL and Referer, the build's static files and the server logs of every instance, for the
// passwords typed, the session's tokens before and after the refresh, the secrets, and anything shaped like a JWT.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { SEED_DEMO } from "../fixtures/seed";

import { suite } from "./support/app-env";
import { expect, freshUsername, signIn, test } from "./support/fixtures";

/** Typed into the sign-in form once, to be looked for everywhere afterwards. */
const WRONG_PASSWORD = "Leak-Probe-Wr0ng-Passw0rd";
const ACCESS_TOKEN_COOKIE = "access_token";

/** A signed JWT (header and payload are base64url JSON, so both start with `eyJ`). */
const JWT_SHAPE = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*/;

const filesUnder = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );

interface Exposure {
  where: string;
  text: string;
}

function expectNothingSecret(exposures: Exposure[], secrets: string[]) {
  for (const { where, text } of exposures) {
    expect(JWT_SHAPE.test(text), `a JWT in ${where}`).toBe(false);
    for (const secret of secrets) expect(text.includes(secret), `a secret or token in ${where}`).toBe(false);
  }
}

test("no password, token or secret in pages, RSC payloads, URLs, error pages, the build or the logs", async ({
  page,
  backend,
}) => {
  // The scan reads every answer of the tour and every log line the suite wrote: seconds, more on a busy machine.
  test.setTimeout(120_000);
  const exposures: Exposure[] = [];
  const reading: Promise<void>[] = [];
  page.on("request", (request) => {
    exposures.push({ where: `the URL ${request.url()}`, text: request.url() });
    const referer = request.headers().referer;
    if (referer) exposures.push({ where: `the Referer of ${request.url()}`, text: referer });
  });
  // Bodies are read once a request has finished: a streamed answer cut short by a navigation never completes.
  page.on("requestfinished", (request) => {
    reading.push(
      request
        .response()
        .then((response) => response?.text())
        .then((text) => void exposures.push({ where: `the answer to ${request.url()}`, text: text ?? "" }))
        .catch(() => undefined),
    );
  });

  // A failed sign-in first: what was typed must reach no log either.
  await page.goto("/login");
  // An account of its own: the suite's earlier failures on the demo account may have it waiting by now.
  await page.getByLabel("Username or e-mail").fill(freshUsername("leakprobe"));
  await page.getByLabel("Password").fill(WRONG_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(/Wrong username/);
  await signIn(page);
  const cookieValues = async () =>
    (await page.context().cookies()).map((cookie) => cookie.value).filter((value) => value.length > 16);
  const tokens = await cookieValues();
  expect(tokens.length, "the session's cookies").toBeGreaterThanOrEqual(4);
  // A refresh by the proxy: the access token gone, the next page is rendered with new tokens.
  await page.context().clearCookies({ name: ACCESS_TOKEN_COOKIE });
  const refreshed = await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: `Welcome, ${SEED_DEMO.name}` })).toBeVisible();
  tokens.push(...(await cookieValues()));
  const dashboardRequestId = refreshed?.headers()["x-request-id"] ?? "";
  await page.getByRole("link", { name: "Next FastAPI Auth" }).click();
  await page.goto("/dashboard?tab=1");
  await page.goto("/no-such-page");
  await page.goto("/dashboard/no-such-page");
  await backend.faults("error");
  await page.goto("/dashboard");
  await expect(page.getByText("Service unavailable")).toBeVisible();
  await backend.faults("off");
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await Promise.all(reading);

  const secrets = [suite.authSecret(), suite.mockJwtSecret(), SEED_DEMO.password, WRONG_PASSWORD, ...tokens];
  expectNothingSecret(exposures, secrets);
  expectNothingSecret(
    filesUnder(".next/static").map((file) => ({ where: file, text: readFileSync(file, "utf8") })),
    [suite.authSecret(), suite.mockJwtSecret()],
  );
  const logs = filesUnder(suite.logDir());
  expect(logs.length, "server logs").toBeGreaterThanOrEqual(2);
  const logTexts = logs.map((file) => ({ where: file, text: readFileSync(file, "utf8") }));
  expectNothingSecret(logTexts, secrets);

  // And the log says what happened: the refreshed render's line, found by the id its answer carried.
  expect(dashboardRequestId).not.toBe("");
  const accessLine = logTexts
    .flatMap(({ text }) => text.split("\n"))
    .find((line) => line.includes(`"requestId":"${dashboardRequestId}"`));
  expect(JSON.parse(accessLine ?? "{}")).toMatchObject({
    event: "request",
    method: "GET",
    path: "/dashboard",
    status: 200,
    durationMs: expect.any(Number),
  });
});

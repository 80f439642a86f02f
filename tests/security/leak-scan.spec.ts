// Tokens never leak (docs/security.md): after every other test has run, a signed-in tour of the app, and a
// scan of everything it answered (HTML, RSC payloads, error pages), every URL and Referer, the build's static
// files and the server logs of every instance, for the session's tokens, the secrets, and anything shaped
// like a JWT.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { suite } from "./support/app-env";
import { expect, signIn, test } from "./support/fixtures";

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

test("no token or secret in pages, RSC payloads, URLs, error pages, the build or the logs", async ({
  page,
  backend,
}) => {
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

  await signIn(page);
  const tokens = (await page.context().cookies())
    .map((cookie) => cookie.value)
    .filter((value) => value.length > 16);
  expect(tokens.length, "the session's cookies").toBeGreaterThanOrEqual(4);
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

  const secrets = [suite.authSecret(), suite.mockJwtSecret(), ...tokens];
  expectNothingSecret(exposures, secrets);
  expectNothingSecret(
    filesUnder(".next/static").map((file) => ({ where: file, text: readFileSync(file, "utf8") })),
    [suite.authSecret(), suite.mockJwtSecret()],
  );
  const logs = filesUnder(suite.logDir());
  expect(logs.length, "server logs").toBeGreaterThanOrEqual(2);
  expectNothingSecret(
    logs.map((file) => ({ where: file, text: readFileSync(file, "utf8") })),
    secrets,
  );
});

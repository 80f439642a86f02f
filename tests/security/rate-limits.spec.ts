// Abuse (docs/security.md, "Sign-in throttling"), in the browser: after the account's allowance of failures
// the form says how long to wait and keeps what was typed; an unknown account is answered exactly like a
// wrong password.
import type { Page } from "@playwright/test";

import { RATE_LIMITS } from "./support/app-env";
import { expect, freshUsername, test } from "./support/fixtures";

const TOO_MANY = /^Too many attempts\. Try again in \d+ seconds\.$/;

async function attemptSignIn(page: Page, username: string, password: string) {
  await page.getByLabel("Username or e-mail").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return page.getByRole("alert").filter({ hasText: /\S/ });
}

test("failed sign-ins on one account are limited, with the wait in the message and the input kept", async ({
  page,
  backend,
}) => {
  const rita = freshUsername("rita");
  await backend.createUser({
    name: "Rita Limit",
    username: rita,
    email: `${rita}@example.com`,
    password: "Rita-Passw0rd",
  });
  await page.goto("/login");
  for (let attempt = 0; attempt < RATE_LIMITS.perAccount; attempt++) {
    await expect(await attemptSignIn(page, rita, "wrong-password")).toHaveText(
      "Wrong username, e-mail or password.",
    );
  }
  // Now even the right password waits.
  await expect(await attemptSignIn(page, rita, "Rita-Passw0rd")).toHaveText(TOO_MANY);
  await expect(page.getByLabel("Username or e-mail")).toHaveValue(rita);
  await expect(page.getByLabel("Password")).toHaveValue("Rita-Passw0rd");
});

test("an unknown account and a wrong password get the same answers, limit included", async ({
  page,
  backend,
}) => {
  // An account of its own: the limit it reaches outlives this test in the app.
  const walt = freshUsername("walt");
  await backend.createUser({
    name: "Walt Wrong",
    username: walt,
    email: `${walt}@example.com`,
    password: "Walt-Passw0rd",
  });
  await page.goto("/login");
  const answers = async (username: string) => {
    const seen: string[] = [];
    for (let attempt = 0; attempt <= RATE_LIMITS.perAccount; attempt++) {
      seen.push((await (await attemptSignIn(page, username, "wrong-password")).textContent()) ?? "");
    }
    return seen.map((text) => text.replace(/\d+ seconds/, "N seconds"));
  };
  expect(await answers(freshUsername("nobody"))).toEqual(await answers(walt));
});

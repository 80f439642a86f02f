// After a correct sign-in, a hostile `next` lands on the dashboard and never on another site: dot segments that
// the URL parser collapses into `//host`, encoded dots, backslashes and control characters inside the prefix, in
// the JavaScript action, the form posted without JavaScript and the OpenID Connect callback.
import type { Page } from "@playwright/test";

import { OIDC_DEMO } from "../fixtures/oidc-accounts";
import { SEED_DEMO } from "../fixtures/seed";

import { expect, test } from "./fixtures";
import { enterProviderCredentials, identityProvider, startProviderSignIn } from "./identity-provider";

const HOSTILE_NEXT = [
  "/.//evil.example",
  "/%2e//evil.example",
  "/a/..//evil.example",
  "/.\\evil.example",
  "/\t/.//evil.example",
  "/%2e/\\evil.example/x?y=1",
];

/** Fails the test on any request that leaves for the hostile host, and answers it with nothing. */
async function refuseEvilHost(page: Page): Promise<string[]> {
  const escapes: string[] = [];
  // By host: the sign-in page's own address names the hostile host in its query.
  await page.context().route(
    (url) => url.hostname.endsWith("evil.example"),
    async (route) => {
      escapes.push(route.request().url());
      await route.abort();
    },
  );
  return escapes;
}

async function signInWithPassword(page: Page, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Username or e-mail").fill(SEED_DEMO.username);
  await page.getByLabel("Password").fill(SEED_DEMO.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

const onTheDashboard = async (page: Page) => {
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/dashboard$/);
};

for (const next of HOSTILE_NEXT) {
  test(`the sign-in action stays on this site for next=${JSON.stringify(next)}`, async ({ page }) => {
    const escapes = await refuseEvilHost(page);
    await signInWithPassword(page, next);
    await onTheDashboard(page);
    expect(escapes).toEqual([]);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const next of HOSTILE_NEXT) {
    test(`the posted sign-in form stays on this site for next=${JSON.stringify(next)}`, async ({ page }) => {
      const escapes = await refuseEvilHost(page);
      await signInWithPassword(page, next);
      await onTheDashboard(page);
      expect(escapes).toEqual([]);
    });
  }
});

test.describe("through the identity provider", () => {
  test.beforeEach(() => identityProvider.reset());

  for (const next of HOSTILE_NEXT.slice(0, 3)) {
    test(`the OpenID Connect callback stays on this site for next=${JSON.stringify(next)}`, async ({
      page,
    }) => {
      const escapes = await refuseEvilHost(page);
      await startProviderSignIn(page, next);
      await enterProviderCredentials(page, OIDC_DEMO);
      await onTheDashboard(page);
      expect(escapes).toEqual([]);
    });
  }
});

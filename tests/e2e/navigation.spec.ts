// Moving around the dashboard: the page being opened shows as a skeleton until it has arrived.
import { SEED_DEMO } from "../fixtures/seed";

import { expect, signIn, test } from "./fixtures";

test("a sidebar link shows the skeleton of the page it opens until that page has arrived", async ({
  page,
}) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold the client navigation's request for the posts page (an RSC request), not the first load.
  await page.route(
    (url) => url.pathname === "/dashboard/posts",
    async (route) => {
      if (route.request().headers().rsc) await held;
      await route.continue();
    },
  );

  await page.getByRole("link", { name: "Posts", exact: true }).click();

  const skeleton = page.getByRole("status").filter({ hasText: "Loading…" });
  await expect(skeleton).toBeAttached();
  await expect(page.locator('[data-slot="skeleton"]').first()).toBeVisible();
  await expect(page.getByRole("heading", { name: `Welcome, ${SEED_DEMO.name}` })).toBeHidden();
  release();
  await expect(page.getByRole("heading", { name: "Your posts" })).toBeVisible();
  await expect(skeleton).toHaveCount(0);
});

test("pages render whole on the server: no streamed part waits for a script to be shown", async ({
  page,
}) => {
  await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
  for (const path of ["/dashboard", "/dashboard/posts", "/dashboard/users", "/dashboard/users/demo"]) {
    const html = await (await page.request.get(path)).text();
    // React streams a late part as <div hidden id="S:…"> for a script to swap in; without JavaScript it stays hidden.
    expect(html, path).not.toMatch(/<div hidden id="S:/);
  }
});

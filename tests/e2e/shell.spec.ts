// The app shell as a user meets it: the theme (persisted, right before hydration), the phone navigation, the
// keyboard, and reduced motion.
import type { Locator, Page, Route } from "@playwright/test";

import { SEED_DEMO } from "../fixtures/seed";

import { expect, signIn, test } from "./fixtures";

const html = (page: Page) => page.locator("html");

/** Holds every script of the build until released, so the page can be read as it is before React hydrates. */
async function holdScripts(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let released = false;
  await page.route("**/_next/static/**/*.js", (route) =>
    released ? route.continue() : void held.push(route),
  );
  return async () => {
    released = true;
    await Promise.all(held.map((route) => route.continue()));
  };
}

/** Whether Next's client has started (it sets `window.next` as it boots). */
const hydrationStarted = (page: Page) => page.evaluate(() => "next" in window);

/** Tabs forward until `target` has the focus (at most 40 presses), as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error("the element was never reached with Tab");
}

/** A focus indicator: the ring (box-shadow) or an outline. */
const showsFocus = (target: Locator) =>
  target.evaluate((element) => {
    const style = getComputedStyle(element);
    return style.boxShadow !== "none" || (style.outlineStyle !== "none" && style.outlineWidth !== "0px");
  });

test.describe("theme", () => {
  test("follows the system before the page's scripts run (no flash), until the toggle overrides it", async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    const release = await holdScripts(page);
    await page.goto("/login", { waitUntil: "domcontentloaded" });
    expect(await hydrationStarted(page)).toBe(false);
    await expect(html(page)).toHaveClass(/\bdark\b/);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      "rgb(255, 255, 255)",
    );
    await release();
    await page.waitForLoadState("load");
    await expect(html(page)).toHaveClass(/\bdark\b/);

    // The public pages' toggle overrides the system, and the override sticks.
    await page.getByRole("button", { name: "Toggle dark mode" }).click();
    await expect(html(page)).toHaveClass(/\blight\b/);
    await page.reload();
    await expect(html(page)).toHaveClass(/\blight\b/);
    await context.close();
  });

  test("a chosen theme persists across reloads and is applied before hydration", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
    await expect(html(page)).not.toHaveClass(/\bdark\b/);

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitemradio", { name: "Dark" }).click();
    await expect(html(page)).toHaveClass(/\bdark\b/);
    await page.keyboard.press("Escape");

    const release = await holdScripts(page);
    await page.reload({ waitUntil: "domcontentloaded" });
    expect(await hydrationStarted(page)).toBe(false);
    await expect(html(page)).toHaveClass(/\bdark\b/);
    await release();
    await page.waitForLoadState("load");

    await page.getByRole("button", { name: "Account menu" }).click();
    await expect(page.getByRole("menuitemradio", { name: "Dark" })).toHaveAttribute("aria-checked", "true");
    await page.getByRole("menuitemradio", { name: "System" }).click();
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(html(page)).toHaveClass(/\blight\b/);
  });
});

test.describe("at phone width (390×844)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the navigation opens as a sheet, navigates, and closes", async ({ page }) => {
    await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
    const sheet = page.getByRole("dialog", { name: "Navigation" });
    await expect(sheet).toHaveCount(0);

    await page.getByRole("button", { name: "Toggle Sidebar" }).click();
    await expect(sheet).toBeVisible();
    await sheet.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Posts" }).click();

    await expect(page).toHaveURL(/\/dashboard\/posts$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your posts" })).toBeVisible();
    await expect(sheet).toHaveCount(0);
  });

  test("signing out works from the header, where the sidebar's form is out of reach", async ({ page }) => {
    await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login\?reason=signed-out$/);
  });

  test("the sheet opens and closes by keyboard, and gives the focus back", async ({ page }) => {
    await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
    const trigger = page.getByRole("button", { name: "Toggle Sidebar" });
    await tabTo(page, trigger);
    expect(await showsFocus(trigger)).toBe(true);
    await page.keyboard.press("Enter");
    const sheet = page.getByRole("dialog", { name: "Navigation" });
    await expect(sheet).toBeVisible();
    await expect.poll(() => sheet.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await expect(sheet).toHaveCount(0);
    await expect(trigger).toBeFocused();
  });
});

test.describe("by keyboard", () => {
  test("the account menu opens, moves and closes with visible focus", async ({ page }) => {
    await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
    const trigger = page.getByRole("button", { name: "Account menu" });
    await tabTo(page, trigger);
    expect(await showsFocus(trigger)).toBe(true);

    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await expect(menu).toBeVisible();
    await expect(menu).toContainText(SEED_DEMO.email);
    const profile = page.getByRole("menuitem", { name: "Profile" });
    await expect(profile, "opened by keyboard, the menu focuses its first item").toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menuitemradio", { name: "Light" })).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(profile).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveCount(0);
    await expect(trigger).toBeFocused();
  });

  test("a skip link leads past the navigation, and the sidebar collapses and expands with Ctrl+B", async ({
    page,
  }) => {
    await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();

    const sidebar = page.locator("[data-slot=sidebar][data-state]");
    await expect(sidebar).toHaveAttribute("data-state", "expanded");
    await page.keyboard.press("Control+b");
    await expect(sidebar).toHaveAttribute("data-state", "collapsed");
    // Collapsed to icons, every destination keeps its name.
    const nav = page.getByRole("navigation", { name: "Dashboard" });
    await expect(nav.getByRole("link", { name: "Posts" })).toBeVisible();
    await page.reload();
    await expect(sidebar, "the choice is remembered").toHaveAttribute("data-state", "collapsed");
    await page.keyboard.press("Control+b");
    await expect(sidebar).toHaveAttribute("data-state", "expanded");
  });

  test("links in the sidebar show where the focus is", async ({ page }) => {
    await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
    const posts = page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Posts" });
    await tabTo(page, posts);
    expect(await showsFocus(posts)).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/dashboard\/posts$/);
    await expect(posts).toHaveAttribute("aria-current", "page");
  });
});

test.describe("motion", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the sheet slides in, unless the user asks for reduced motion", async ({ page }) => {
    await signIn(page, SEED_DEMO.username, SEED_DEMO.password);
    const sheet = page.getByRole("dialog", { name: "Navigation" });
    const animationSeconds = () =>
      sheet.evaluate((element) => parseFloat(getComputedStyle(element).animationDuration));

    await page.getByRole("button", { name: "Toggle Sidebar" }).click();
    expect(await animationSeconds()).toBeGreaterThan(0.1);
    await page.keyboard.press("Escape");
    await expect(sheet).toHaveCount(0);

    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.getByRole("button", { name: "Toggle Sidebar" }).click();
    expect(await animationSeconds()).toBeLessThan(0.001);
    await page.keyboard.press("Escape");
    await expect(sheet).toHaveCount(0);
  });
});

// The Chromium every browser run uses: Debian's where installed (Playwright cannot download browsers here).
import { existsSync } from "node:fs";

import type { LaunchOptions } from "@playwright/test";

/**
 * CHROMIUM_PATH, else Debian's headless shell, else Debian's full Chromium, else Playwright's own browser. The
 * headless shell (`chromium-headless-shell`, the browser Playwright itself picks for headless runs) has no browser UI
 * to run: the browser suites take about 40 % less time in it than in the full Chromium in headless mode.
 */
export const chromiumPath =
  process.env.CHROMIUM_PATH ??
  ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => existsSync(path));

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const chromiumLaunchOptions: LaunchOptions = { executablePath: chromiumPath, args: chromiumArgs };

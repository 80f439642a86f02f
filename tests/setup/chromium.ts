// The Chromium every browser run uses: Debian's where installed (Playwright cannot download browsers here).
import { existsSync } from "node:fs";

import type { LaunchOptions } from "@playwright/test";

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium when present, else Playwright's own browser. */
export const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

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

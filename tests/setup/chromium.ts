// The Chromium every Playwright suite drives: Debian's where installed (Playwright cannot download browsers here).
import { existsSync } from "node:fs";

import type { LaunchOptions } from "@playwright/test";

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

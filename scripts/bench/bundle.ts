// First-load JS per page: the scripts a real Chromium fetches until the load event, measured gzipped.
import { gzipSync } from "node:zlib";

import { chromium } from "@playwright/test";

import { chromiumArgs, chromiumPath } from "../../tests/setup/chromium";

export interface PageScripts {
  path: string;
  scripts: number;
  gzipBytes: number;
}

/** `cookie` (a Cookie header) is set on the page's origin first, for pages behind sign-in. */
export interface PageToLoad {
  path: string;
  cookie?: string;
}

function cookiesFor(origin: string, header: string) {
  return header.split("; ").map((pair) => {
    const separator = pair.indexOf("=");
    return { name: pair.slice(0, separator), value: pair.slice(separator + 1), url: origin };
  });
}

/**
 * Loads each page in a fresh browser context (empty cache) and sums the scripts fetched before `load`. Later
 * fetches (prefetches of linked pages) are not first-load JS. Sizes are gzip -6 of each script's bytes, the
 * level Next's own compression uses, so the figure does not depend on how a proxy compresses.
 */
export async function measureFirstLoadJs(
  origin: string,
  pages: readonly PageToLoad[],
): Promise<PageScripts[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const measured: PageScripts[] = [];
    for (const { path, cookie } of pages) {
      const context = await browser.newContext();
      if (cookie) await context.addCookies(cookiesFor(origin, cookie));
      const page = await context.newPage();
      const bodies: Promise<Buffer>[] = [];
      let loaded = false;
      page.on("response", (response) => {
        if (!loaded && response.request().resourceType() === "script") bodies.push(response.body());
      });
      const response = await page.goto(`${origin}${path}`, { waitUntil: "load" });
      loaded = true;
      if (!response || new URL(page.url()).pathname !== path) {
        throw new Error(`${path} did not load (landed on ${page.url()})`);
      }
      const scripts = await Promise.all(bodies);
      measured.push({
        path,
        scripts: scripts.length,
        gzipBytes: scripts.reduce((total, body) => total + gzipSync(body, { level: 6 }).length, 0),
      });
      await context.close();
    }
    return measured;
  } finally {
    await browser.close();
  }
}

// Regenerates app/favicon.ico and app/apple-icon.png from app/icon.svg (run after changing the mark):
// `npx tsx scripts/brand-icons.ts`. Chromium draws the SVG; the .ico simply wraps PNG images, which every
// browser since IE Vista accepts.
import { readFileSync, writeFileSync } from "node:fs";

import { chromium, type Page } from "@playwright/test";

import { chromiumLaunchOptions } from "../tests/setup/chromium";

const svg = readFileSync("app/icon.svg", "utf8");

async function renderPng(page: Page, size: number): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}" width="${size}" height="${size}"></body></html>`,
  );
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** An ICONDIR header, one ICONDIRENTRY per image, then the PNGs themselves. */
function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  const icons = [];
  for (const size of [16, 32, 48]) icons.push({ size, png: await renderPng(page, size) });
  writeFileSync("app/favicon.ico", icoFromPngs(icons));
  writeFileSync("app/apple-icon.png", await renderPng(page, 180));
} finally {
  await browser.close();
}

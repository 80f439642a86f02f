// `npm run build`: `next build` of the standalone server, then the static files it serves copied beside it, so
// `.next/standalone` runs by itself (`npm start`, the container image). The build bakes no setting in: each
// server reads and validates its own when it starts. So a build needs no configuration; any that is unset gets
// a placeholder that only lets src/env.ts pass while pages are compiled.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

import nextEnv from "@next/env";

const root = join(import.meta.dirname, "..");
const standalone = join(root, ".next", "standalone");

// The same files Next reads, so a `.env.production` is validated here as it will be at start.
nextEnv.loadEnvConfig(root, false);

const placeholders = {
  FASTAPI_URL: "http://fastapi.invalid",
  APP_URL: "https://app.invalid",
  // Made for this build and kept nowhere: no page is rendered with it.
  BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
};
const env = { ...process.env };
for (const [name, value] of Object.entries(placeholders)) env[name] ??= value;

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

// Next leaves these to the deployment (a CDN may serve them); this server serves them itself.
for (const [from, to] of [
  [join(root, ".next", "static"), join(standalone, ".next", "static")],
  [join(root, "public"), join(standalone, "public")],
]) {
  if (!existsSync(from)) continue;
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

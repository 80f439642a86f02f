// `npm run test:real`: the contract suite and the browser flows against the real FastAPI-boilerplate, either the
// kit beside the repository (both modes of b88fe20) or a backend of your own at REAL_FASTAPI_URL.
import { fileURLToPath } from "node:url";

import { findKit, prepareKit, type BackendMode, type Kit } from "./real-backend/kit";
import { run } from "./real-backend/run";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/** The kit's seeded superuser (its README); a backend of your own names its own. */
const KIT_ADMIN = { username: "admin", password: "Adm1nPassw0rd!" };

interface Target {
  url: string;
  mode: BackendMode;
  admin: { username: string; password: string };
  secretKey?: string;
}

const timings: [string, number][] = [];

async function step(name: string, work: () => Promise<void>): Promise<void> {
  console.log(`\n[test:real] ${name}`);
  const started = Date.now();
  try {
    await work();
  } finally {
    timings.push([name, Date.now() - started]);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The contract suite: pinned to b88fe20's 500s on the unmodified commit, the intended answers otherwise. */
const contractSuite = (target: Target) =>
  run("npx", ["vitest", "run", "--project", "contract"], {
    env: {
      CONTRACT_API_URL: target.url,
      CONTRACT_ADMIN_USERNAME: target.admin.username,
      CONTRACT_ADMIN_PASSWORD: target.admin.password,
      CONTRACT_JWT_SECRET: target.secretKey ?? "",
      CONTRACT_BACKEND_PINNED: target.mode === "unmodified" ? "1" : "",
    },
  });

/** The browser project of that mode (tests/real/<mode>) against the standalone server on the target. */
const browserFlows = (target: Target) =>
  run("npx", ["playwright", "test", "-c", "playwright.real.config.ts", "--project", target.mode], {
    env: {
      REAL_FASTAPI_URL: target.url,
      REAL_FASTAPI_ADMIN_USERNAME: target.admin.username,
      REAL_FASTAPI_ADMIN_PASSWORD: target.admin.password,
    },
  });

const build = () => (process.env.E2E_SKIP_BUILD ? Promise.resolve() : run("npm", ["run", "build"]));

/** Contract suite and browser flows on the kit in one mode, each from the seeded state. */
async function checkKitMode(kit: Kit, mode: BackendMode): Promise<void> {
  const target: Target = { url: kit.url, mode, admin: KIT_ADMIN, secretKey: kit.secretKey };
  await step(`kit: reset.sh, contract suite (${mode})`, async () => {
    await kit.reset();
    await contractSuite(target);
  });
  await step(`kit: reset.sh, browser flows (${mode})`, async () => {
    await kit.reset();
    await browserFlows(target);
  });
}

async function againstKit(kit: Kit): Promise<void> {
  // The first start of the kit downloads its chroot (about a minute); the build overlaps it.
  await Promise.all([step("build", build), step("kit: up.sh (unmodified)", () => kit.up("unmodified"))]);
  await checkKitMode(kit, "unmodified");
  await step("kit: up.sh --fixed", () => kit.up("fixed"));
  await checkKitMode(kit, "fixed");
}

async function againstOwnBackend(url: string): Promise<void> {
  const mode = process.env.REAL_FASTAPI_MODE === "unmodified" ? "unmodified" : "fixed";
  const target: Target = {
    url: url.replace(/\/+$/, ""),
    mode,
    admin: {
      username: process.env.REAL_FASTAPI_ADMIN_USERNAME ?? KIT_ADMIN.username,
      password: process.env.REAL_FASTAPI_ADMIN_PASSWORD ?? KIT_ADMIN.password,
    },
    secretKey: process.env.REAL_FASTAPI_SECRET_KEY,
  };
  await step("build", build);
  await step(`contract suite (${mode})`, () => contractSuite(target));
  await step(`browser flows (${mode})`, () => browserFlows(target));
}

async function main(): Promise<number> {
  const started = Date.now();
  const ownUrl = process.env.REAL_FASTAPI_URL;
  const kitDir = ownUrl ? undefined : findKit(repoRoot);
  if (!ownUrl && !kitDir) {
    console.error(
      "[test:real] No real backend: set REAL_FASTAPI_URL to a FastAPI-boilerplate of your own, or put the " +
        "real-backend kit at ../shared/real-backend (or REAL_BACKEND_KIT). See docs/real-backend.md.",
    );
    return 1;
  }
  if (kitDir && process.getuid?.() !== 0) {
    console.error(`[test:real] The kit at ${kitDir} needs root (it runs a chroot). Run as root.`);
    return 1;
  }
  try {
    if (ownUrl) {
      await againstOwnBackend(ownUrl);
    } else {
      const kit = await prepareKit(kitDir!);
      try {
        await againstKit(kit);
      } finally {
        await step("kit: down.sh", () => kit.down());
      }
    }
    return 0;
  } catch (error) {
    console.error(`[test:real] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    console.log("\n[test:real] timings");
    for (const [name, ms] of timings) console.log(`  ${seconds(ms).padStart(8)}  ${name}`);
    console.log(`  ${seconds(Date.now() - started).padStart(8)}  total`);
  }
}

process.exitCode = await main();

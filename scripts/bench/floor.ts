// The bench's floor: a bare Next.js app (scripts/bench/floor-app) making the measured pages' backend calls, built and started beside ours.
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";

import { freePort, startProcess, waitForHttp } from "../lib/processes";
import type { AppInstance } from "./servers";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const FLOOR_SOURCE = resolve("scripts/bench/floor-app");

export interface FloorBuild {
  directory: string;
  remove(): Promise<void>;
}

/**
 * Builds the floor in a temporary directory, outside the project: inside it, Next would take the project's
 * proxy.ts for the floor's, and the project's type check and linters would see the floor's build output.
 */
export async function buildFloor(): Promise<FloorBuild> {
  const directory = await mkdtemp(join(tmpdir(), "bench-floor-"));
  await cp(FLOOR_SOURCE, directory, { recursive: true });
  await symlink(resolve("node_modules"), join(directory, "node_modules"), "dir");
  const build = startProcess("next build (floor)", process.execPath, [nextBin, "build", directory], {
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  });
  const code = await build.exitCode();
  await build.stop();
  if (code !== 0) throw new Error(`building the floor failed:\n${build.output()}`);
  return { directory, remove: () => rm(directory, { recursive: true, force: true }) };
}

/** `next start` of the floor, calling the same backend as the app. */
export async function startFloor(floor: FloorBuild, backendUrl: string): Promise<AppInstance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = startProcess(
    `next start (floor) :${port}`,
    process.execPath,
    [nextBin, "start", floor.directory, "-H", "127.0.0.1", "-p", String(port)],
    { env: { FASTAPI_URL: backendUrl, NEXT_TELEMETRY_DISABLED: "1" } },
  );
  // The floor has no `/`: its 404 page answers once the server is up.
  await waitForHttp(`${url}/`, server);
  return { url, port, process: server };
}

// The real-backend kit (test infrastructure beside the project, ../shared/real-backend): its scripts, run on our ports.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

import { freePort } from "../../tests/setup/free-port";

import { run } from "./run";

export type BackendMode = "unmodified" | "fixed";

export interface Kit {
  /** The FastAPI origin, e.g. http://127.0.0.1:41234. */
  url: string;
  /** The SECRET_KEY the app was started with, so the contract suite can forge tokens. */
  secretKey: string;
  /** `up.sh` or `up.sh --fixed`: installs what is missing, starts or switches mode (the data stays). */
  up(mode: BackendMode): Promise<void>;
  /** `reset.sh`: the seeded state (admin, tier `free`), Redis flushed. */
  reset(): Promise<void>;
  down(): Promise<void>;
}

/** REAL_BACKEND_KIT, else `../shared/real-backend` beside the repository; undefined when it is not there. */
export function findKit(repoRoot: string): string | undefined {
  const dir = resolve(repoRoot, process.env.REAL_BACKEND_KIT ?? "../shared/real-backend");
  return existsSync(resolve(dir, "up.sh")) ? dir : undefined;
}

/**
 * The kit on free loopback ports with a fresh SECRET_KEY. Ports can only change while it is down, so `down.sh`
 * runs first: this run takes over a kit someone left running (its database and chroot are kept).
 */
export async function prepareKit(dir: string): Promise<Kit> {
  const env = {
    APP_PORT: String(await freePort()),
    PG_PORT: String(await freePort()),
    REDIS_PORT: String(await freePort()),
    SECRET_KEY: randomBytes(32).toString("hex"),
  };
  const script = (name: string, ...args: string[]) => run("bash", [resolve(dir, name), ...args], { env });
  await script("down.sh");
  return {
    url: `http://127.0.0.1:${env.APP_PORT}`,
    secretKey: env.SECRET_KEY,
    up: (mode) => script("up.sh", ...(mode === "fixed" ? ["--fixed"] : [])),
    reset: () => script("reset.sh"),
    down: () => script("down.sh"),
  };
}

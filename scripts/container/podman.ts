// Runs podman as this project's container tests need it on a machine without systemd or an image registry: the
// runc runtime, cgroupfs, no default ulimits, logs and events in files. A private containers.conf says so, and
// the machine's own configuration is left alone.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const CONTAINERS_CONF = `[containers]
default_ulimits = []
log_driver = "k8s-file"

[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
runtime = "runc"
`;

let confPath: string | undefined;
function podmanEnv(): NodeJS.ProcessEnv {
  if (!confPath) {
    confPath = join(mkdtempSync(join(tmpdir(), "podman-conf-")), "containers.conf");
    writeFileSync(confPath, CONTAINERS_CONF);
  }
  return { ...process.env, CONTAINERS_CONF: confPath };
}

/** Runs `podman args…` and answers its stdout, trimmed; a failure's error carries stderr. */
export async function podman(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)("podman", args, {
    env: podmanEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.trim();
}

/** Whether `podman args…` exits 0 (`image exists`, `healthcheck run`). */
export function podmanSucceeds(...args: string[]): Promise<boolean> {
  return podman(...args).then(
    () => true,
    () => false,
  );
}

/** Runs `podman args…` with its output shown as it comes (a build), rejecting on a non-zero exit. */
export function podmanShown(...args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("podman", args, { env: podmanEnv(), stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`podman ${args[0]} exited with ${code}`)),
    );
  });
}

// A stand-in for the official Node base image on machines that reach no image registry: Debian bookworm's minimal
// root file system from this machine's package mirror, this machine's Node and npm where the official image keeps
// them, and its `node` user (uid 1000), tagged with the official name so the Dockerfile builds unchanged.
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { podman, podmanSucceeds } from "./podman";

/** The Dockerfile's default base. */
const OFFICIAL_NODE_IMAGE = "docker.io/library/node:20-bookworm-slim";

/** The Debian mirror this machine's apt uses, so the stand-in comes from where its own packages do. */
function debianMirror(): string {
  for (const file of ["/etc/apt/sources.list.d/debian.sources", "/etc/apt/sources.list"]) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    const mirror =
      /^URIs:\s*(\S+)/m.exec(text)?.[1] ?? /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+bookworm\s/m.exec(text)?.[1];
    if (mirror) return mirror;
  }
  throw new Error(
    "No Debian mirror found in /etc/apt: the stand-in base image is built from Debian's packages",
  );
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
}

/** Undoes any mount debootstrap left inside `root`, so removing `root` can never reach the host's /proc or /sys. */
function unmountInside(root: string): void {
  const mounted = readFileSync("/proc/self/mounts", "utf8")
    .split("\n")
    .map((line) => line.split(" ")[1])
    .filter((point): point is string => !!point && point.startsWith(`${root}/`))
    .reverse();
  for (const point of mounted) run("umount", ["--lazy", point]);
}

/** Builds the stand-in unless an image of that name is already here (the real one, or an earlier stand-in). */
export async function ensureNodeBaseImage(log: (line: string) => void): Promise<void> {
  if (await podmanSucceeds("image", "exists", OFFICIAL_NODE_IMAGE)) return;
  if (Number(process.versions.node.split(".")[0]) !== 20) {
    throw new Error(
      `The stand-in for ${OFFICIAL_NODE_IMAGE} takes this machine's Node, which is ${process.version}`,
    );
  }
  if (!existsSync("/usr/sbin/debootstrap"))
    throw new Error("debootstrap is missing: apt-get install debootstrap");
  const root = mkdtempSync(join(tmpdir(), "node-stand-in-"));
  try {
    log(`no ${OFFICIAL_NODE_IMAGE} here: building a stand-in (debootstrap, about a minute the first time)`);
    run("debootstrap", ["--variant=minbase", "bookworm", root, debianMirror()]);

    const npm = join(execFileSync("npm", ["root", "-g"], { encoding: "utf8" }).trim(), "npm");
    copyFileSync(process.execPath, join(root, "usr/local/bin/node"));
    mkdirSync(join(root, "usr/local/lib/node_modules"), { recursive: true });
    cpSync(npm, join(root, "usr/local/lib/node_modules/npm"), { recursive: true });
    symlinkSync("../lib/node_modules/npm/bin/npm-cli.js", join(root, "usr/local/bin/npm"));
    symlinkSync("../lib/node_modules/npm/bin/npx-cli.js", join(root, "usr/local/bin/npx"));
    run("chroot", [root, "groupadd", "--gid", "1000", "node"]);
    run("chroot", [
      root,
      "useradd",
      "--uid",
      "1000",
      "--gid",
      "node",
      "--shell",
      "/bin/bash",
      "--create-home",
      "node",
    ]);
    // Whatever this machine trusts beyond Node's own roots (a proxy in front of the npm registry) the stand-in
    // trusts too, or npm inside the build could not reach the registry that npm here reaches.
    const changes = ['CMD ["node"]', `ENV NODE_VERSION=${process.versions.node}`];
    const extraCertificates = process.env.NODE_EXTRA_CA_CERTS;
    if (extraCertificates && existsSync(extraCertificates)) {
      copyFileSync(extraCertificates, join(root, "usr/local/share/extra-ca-certificates.crt"));
      changes.push("ENV NODE_EXTRA_CA_CERTS=/usr/local/share/extra-ca-certificates.crt");
    }
    rmSync(join(root, "var/cache/apt/archives"), { recursive: true, force: true });
    rmSync(join(root, "var/lib/apt/lists"), { recursive: true, force: true });

    const archive = join(tmpdir(), `node-stand-in-${process.pid}.tar`);
    run("tar", ["-C", root, "-cf", archive, "."]);
    try {
      await podman(
        "import",
        ...changes.flatMap((change) => ["--change", change]),
        archive,
        OFFICIAL_NODE_IMAGE,
      );
    } finally {
      rmSync(archive, { force: true });
    }
    log(`${OFFICIAL_NODE_IMAGE}: stand-in built`);
  } finally {
    unmountInside(root);
    rmSync(root, { recursive: true, force: true });
  }
}

// What the figures were measured on: hardware, OS and the versions of every moving part.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, release, totalmem } from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  next: string;
  nginx: string;
  autocannon: string;
  chromium: string;
}

const packageVersion = (name: string) =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string }).version;

function nginxVersion(): string {
  // `nginx -v` prints "nginx version: nginx/1.22.1" on stderr.
  const { stderr } = spawnSync(process.env.NGINX_PATH ?? "/usr/sbin/nginx", ["-v"], { encoding: "utf8" });
  return /nginx\/(\S+)/.exec(stderr ?? "")?.[1] ?? "unknown";
}

export function describeMachine(chromiumVersion: string): Machine {
  const [firstCpu] = cpus();
  return {
    cpu: firstCpu?.model.trim() ?? "unknown",
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `Linux ${release()}`,
    node: process.version,
    next: packageVersion("next"),
    nginx: nginxVersion(),
    autocannon: packageVersion("autocannon"),
    chromium: chromiumVersion,
  };
}

// An nginx front on loopback, round-robin over app instances; config, pid, logs and temp files live in a temp dir.
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { startProcess, waitForHttp } from "./processes";

/** Debian's nginx; NGINX_PATH overrides it. */
const nginxPath = () => process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export interface NginxFront {
  url: string;
  stop(): Promise<void>;
}

/** `daemon off` keeps nginx a child we can stop by pid; every path nginx writes to is inside `dir`. */
export function nginxConfig(dir: string, port: number, upstreamPorts: readonly number[]): string {
  const servers = upstreamPorts.map((upstream) => `    server 127.0.0.1:${upstream};`).join("\n");
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream app {
${servers}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # Next compares a server action's Origin with the Host it sees, so the browser's Host must reach it.
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Which instance answered, so tests can see the round-robin at work.
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

/** Starts nginx on `port` in front of the app instances on `upstreamPorts` and waits until it answers. */
export async function startNginx(
  port: number,
  upstreamPorts: readonly number[],
  { inCallerGroup = false } = {},
): Promise<NginxFront> {
  const dir = await mkdtemp(join(tmpdir(), "nginx-front-"));
  // Started as root, nginx's workers run as `nobody` and must reach the temp paths.
  await chmod(dir, 0o755);
  const configFile = join(dir, "nginx.conf");
  await writeFile(configFile, nginxConfig(dir, port, upstreamPorts));
  // -e: nginx opens its default error log before reading the config; keep that in the temp dir too.
  const nginx = startProcess(
    "nginx",
    nginxPath(),
    ["-p", dir, "-c", configFile, "-e", join(dir, "error.log")],
    {
      inCallerGroup,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await nginx.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${url}/`, nginx, 15_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

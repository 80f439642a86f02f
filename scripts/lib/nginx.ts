// An nginx front on loopback, round-robin over app instances, optionally terminating TLS; config, certificate,
// pid, logs and temp files live in a temp dir. It proxies with compose's own snippets (deploy/nginx/snippets).
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { startProcess, waitForPort } from "./processes";

/** Debian's nginx; NGINX_PATH overrides it. */
const nginxPath = () => process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export interface NginxFront {
  url: string;
  stop(): Promise<void>;
}

/** A PEM certificate and its unencrypted PEM private key, for a front that serves https. */
export interface TlsCredentials {
  certificate: string;
  key: string;
}

/**
 * The proxy headers, upstream keep-alive and TLS settings compose's nginx uses (deploy/nginx/conf.d/app.conf),
 * included from the repository so that every test through this front exercises them.
 */
const NGINX_SNIPPETS_DIR = fileURLToPath(new URL("../../deploy/nginx/snippets", import.meta.url));
const snippet = (name: string) => join(NGINX_SNIPPETS_DIR, name);

const certificateFile = (dir: string) => join(dir, "certificate.pem");
const keyFile = (dir: string) => join(dir, "key.pem");

/**
 * A whole nginx.conf around `http` (the inside of its `http` block): `daemon off` keeps nginx a child we can stop
 * by pid, and every path nginx writes to is inside `dir`.
 */
export function nginxMainConfig(dir: string, http: string): string {
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
${http}
}
`;
}

/** The test fronts' config: round-robin over the instances on `upstreamPorts`, https with `tls`. */
export function nginxConfig(
  dir: string,
  port: number,
  upstreamPorts: readonly number[],
  { tls = false } = {},
): string {
  const servers = upstreamPorts.map((upstream) => `    server 127.0.0.1:${upstream};`).join("\n");
  const tlsDirectives = tls
    ? `
    ssl_certificate ${certificateFile(dir)};
    ssl_certificate_key ${keyFile(dir)};
    include ${snippet("tls.conf")};`
    : "";
  return nginxMainConfig(
    dir,
    `  upstream app {
${servers}
    include ${snippet("upstream-keepalive.conf")};
  }
  server {
    listen 127.0.0.1:${port}${tls ? " ssl" : ""};${tlsDirectives}
    location / {
      include ${snippet("proxy.conf")};
      # Which instance answered, so tests can see the round-robin at work.
      add_header X-Upstream $upstream_addr always;
    }
  }`,
  );
}

/**
 * Starts nginx on `port` in front of the app instances on `upstreamPorts` and waits until it accepts connections.
 * With `tls`, it serves https with those credentials.
 */
export async function startNginx(
  port: number,
  upstreamPorts: readonly number[],
  { inCallerGroup = false, tls }: { inCallerGroup?: boolean; tls?: TlsCredentials } = {},
): Promise<NginxFront> {
  const dir = await mkdtemp(join(tmpdir(), "nginx-front-"));
  // Started as root, nginx's workers run as `nobody` and must reach the temp paths.
  await chmod(dir, 0o755);
  if (tls) {
    // Read by the master (root) before it starts its workers; nobody else needs the key.
    await writeFile(certificateFile(dir), tls.certificate);
    await writeFile(keyFile(dir), tls.key, { mode: 0o600 });
  }
  const configFile = join(dir, "nginx.conf");
  await writeFile(configFile, nginxConfig(dir, port, upstreamPorts, { tls: tls !== undefined }));
  // -e: nginx opens its default error log before reading the config; keep that in the temp dir too.
  const nginx = startProcess(
    "nginx",
    nginxPath(),
    ["-p", dir, "-c", configFile, "-e", join(dir, "error.log")],
    {
      inCallerGroup,
    },
  );
  const url = `${tls ? "https" : "http"}://127.0.0.1:${port}`;
  const stop = async () => {
    await nginx.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // Listening is ready: nginx binds only once its config (and certificate) loaded. A TCP check also works for
    // https, whose self-signed certificate an HTTP client here would refuse.
    await waitForPort(port, nginx, 15_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

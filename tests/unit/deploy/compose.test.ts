// compose.yaml's wiring, and its nginx config (deploy/nginx) checked by `nginx -t` and run on loopback in front of
// two stand-in instances: the compose stack itself cannot start here (no docker, no image registry).
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { connect as connectTcp } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect as connectTls } from "node:tls";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

import { nginxConfig, nginxMainConfig } from "../../../scripts/lib/nginx";
import { startProcess, waitForPort, type ManagedProcess } from "../../../scripts/lib/processes";
import { freePort } from "../../setup/free-port";

const nginxPath = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const APP_SERVICES = ["app-1", "app-2"];
const APP_PORT = 3000;

interface Service {
  build?: unknown;
  image?: string;
  environment?: Record<string, string>;
  env_file?: string[];
  stop_grace_period?: string;
  healthcheck?: { test: string[] };
  restart?: string;
  depends_on?: Record<string, { condition: string }>;
  networks?: string[];
  ports?: string[];
  volumes?: string[];
  command?: string[];
}
interface Compose {
  services: Record<string, Service>;
  networks: Record<string, { name?: string; external?: boolean } | null>;
}

const compose = parse(readFileSync("compose.yaml", "utf8")) as Compose;
const service = (name: string): Service => {
  const found = compose.services[name];
  if (!found) throw new Error(`compose.yaml has no service ${name}`);
  return found;
};
const seconds = (duration: string) => {
  const match = /^(\d+)(s|m)$/.exec(duration);
  if (!match) throw new Error(`unexpected duration ${duration}`);
  return Number(match[1]) * (match[2] === "m" ? 60 : 1);
};

describe("compose.yaml", () => {
  it("runs two instances of one image, sharing its settings, behind nginx", () => {
    const [first, second] = APP_SERVICES.map(service);
    expect(first?.build).toBe(".");
    expect(second?.build).toEqual(first?.build);
    expect(second?.image).toBe(first?.image);
    expect(second?.environment).toEqual(first?.environment);
    expect(first?.env_file).toEqual([".env.compose"]);
    // Only nginx is published.
    expect(Object.keys(compose.services).sort()).toEqual(["app-1", "app-2", "app-redis", "nginx"]);
    for (const name of [...APP_SERVICES, "app-redis"]) expect(service(name).ports).toBeUndefined();
  });

  it("gives every instance the production settings a TLS front needs", () => {
    for (const name of APP_SERVICES) {
      const app = service(name);
      const env = app.environment ?? {};
      expect(env.BETTER_AUTH_SECRET).toMatch(/^\$\{BETTER_AUTH_SECRET:\?.+\}$/);
      expect(env.APP_URL).toMatch(/^https:\/\/\$\{PUBLIC_HOST:\?.+\}$/);
      expect(env.TRUST_PROXY_HEADERS).toBe("true");
      expect(env.FASTAPI_URL).toBe("${FASTAPI_URL:-http://web:8000}");
      expect(seconds(app.stop_grace_period ?? "0s")).toBeGreaterThan(Number(env.SHUTDOWN_TIMEOUT_SECONDS));
      expect(app.healthcheck?.test.join(" ")).toContain(`http://127.0.0.1:${APP_PORT}/api/health`);
      expect(app.restart).toBe("unless-stopped");
      expect(app.networks).toEqual(["default", "fastapi"]);
    }
  });

  it("shares one Redis, on the stack's own network only", () => {
    const redisServices = Object.entries(compose.services).filter(([, s]) => s.image?.startsWith("redis:"));
    expect(redisServices.map(([name]) => name)).toEqual(["app-redis"]);
    const redis = service("app-redis");
    expect(redis.healthcheck?.test).toEqual(["CMD", "redis-cli", "ping"]);
    expect(redis.networks).toEqual(["default"]);
    for (const name of APP_SERVICES) {
      expect(service(name).environment?.REDIS_URL).toBe("redis://app-redis:6379/0");
      expect(service(name).depends_on?.["app-redis"]).toEqual({ condition: "service_healthy" });
    }
  });

  it("starts nginx once both instances are healthy, with the repository's config and a mounted certificate", () => {
    const nginx = service("nginx");
    expect(nginx.depends_on).toEqual({
      "app-1": { condition: "service_healthy" },
      "app-2": { condition: "service_healthy" },
    });
    expect(nginx.restart).toBe("unless-stopped");
    expect(nginx.ports).toEqual(["${HTTP_PORT:-80}:80", "${HTTPS_PORT:-443}:443"]);
    expect(nginx.volumes).toEqual([
      "./deploy/nginx/conf.d:/etc/nginx/conf.d:ro",
      "./deploy/nginx/snippets:/etc/nginx/snippets:ro",
      "${TLS_CERT_DIR:-./deploy/certs}:/etc/nginx/certs:ro",
    ]);
  });

  it("joins the FastAPI-boilerplate's network, made by its own compose", () => {
    expect(compose.networks.fastapi).toEqual({
      name: "${FASTAPI_NETWORK:-fastapi-boilerplate_default}",
      external: true,
    });
  });
});

/** deploy/nginx as nginx would read it on loopback: host names, ports and /etc/nginx paths replaced. */
function loopbackCopy(dir: string, ports: { http: number; https: number; apps: number[] }): string {
  cpSync("deploy/nginx", join(dir, "nginx"), { recursive: true });
  let config = readFileSync("deploy/nginx/conf.d/app.conf", "utf8");
  APP_SERVICES.forEach((name, index) => {
    config = config.replace(`server ${name}:${APP_PORT};`, `server 127.0.0.1:${ports.apps[index]};`);
  });
  config = config
    .replace("listen 80 default_server;", `listen 127.0.0.1:${ports.http} default_server;`)
    .replace("listen 443 ssl default_server;", `listen 127.0.0.1:${ports.https} ssl default_server;`)
    .replaceAll("/etc/nginx/snippets/", `${dir}/nginx/snippets/`)
    .replaceAll("/etc/nginx/certs/", `${dir}/certs/`);
  // Whatever the replacements missed would otherwise be read (or listened on) for real.
  expect(config).not.toMatch(/\/etc\/nginx|app-\d/);
  for (const listen of config.matchAll(/^\s*listen\s+(\S+)/gm))
    expect(listen[1]).toMatch(/^127\.0\.0\.1:\d+$/);
  const appConfig = join(dir, "app.conf");
  writeFileSync(appConfig, config);
  // What the official image's nginx.conf wraps conf.d in, but for paths nginx writes, all in the temp dir.
  const main = join(dir, "nginx.conf");
  writeFileSync(main, nginxMainConfig(dir, `  include ${appConfig};`));
  return main;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One HTTP/1.1 request over a plain socket, so that MSW (which fails on requests it has no handler for) never
 * sees it; with `ca`, over TLS verified against that certificate.
 */
function rawRequest(port: number, path: string, headers: Record<string, string>, ca?: string) {
  return new Promise<RawResponse>((resolve, reject) => {
    const socket = ca
      ? connectTls({ host: "127.0.0.1", port, ca, servername: "localhost" })
      : connectTcp({ host: "127.0.0.1", port });
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.once("error", reject);
    socket.once("end", () => {
      const [head = "", body = ""] = Buffer.concat(chunks).toString().split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const entries = lines.map((line) => {
        const colon = line.indexOf(":");
        return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
      });
      resolve({ status: Number(statusLine.split(" ")[1]), headers: Object.fromEntries(entries), body });
    });
    socket.once(ca ? "secureConnect" : "connect", () => {
      const lines = Object.entries({ Host: "localhost", Connection: "close", ...headers }).map(
        ([name, value]) => `${name}: ${value}`,
      );
      socket.write(`GET ${path} HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n`);
    });
  });
}

describe("compose's nginx config", () => {
  let dir: string;
  let configFile: string;
  let certificate: string;
  let ports: { http: number; https: number; apps: number[] };
  const instances: Server[] = [];
  let nginx: ManagedProcess | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "compose-nginx-"));
    // The script compose's docs point to, writing the names conf.d/app.conf reads.
    execFileSync("sh", ["deploy/self-signed-cert.sh", join(dir, "certs"), "localhost"]);
    certificate = readFileSync(join(dir, "certs", "fullchain.pem"), "utf8");
    ports = { http: await freePort(), https: await freePort(), apps: [await freePort(), await freePort()] };
    configFile = loopbackCopy(dir, ports);
    // Stand-ins for the two instances: each says who it is and what headers reached it.
    for (const [index, port] of ports.apps.entries()) {
      const instance = createServer((request, response) => {
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ instance: APP_SERVICES[index], headers: request.headers }));
      });
      await new Promise<void>((resolve) => instance.listen(port, "127.0.0.1", resolve));
      instances.push(instance);
    }
  });

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(instances.map((instance) => new Promise((resolve) => instance.close(resolve))));
    rmSync(dir, { recursive: true, force: true });
  });

  it("passes nginx -t", () => {
    const output = execFileSync(
      nginxPath,
      ["-t", "-p", dir, "-c", configFile, "-e", join(dir, "error.log")],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    expect(output).toBe("");
  });

  it("serves https round-robin, overwriting the forwarding headers a client sends", async () => {
    nginx = startProcess("nginx", nginxPath, ["-p", dir, "-c", configFile, "-e", join(dir, "error.log")]);
    await waitForPort(ports.https, nginx, 15_000);
    const forged = {
      "X-Forwarded-For": "203.0.113.7",
      "X-Real-IP": "203.0.113.7",
      "X-Forwarded-Host": "evil.example",
      "X-Forwarded-Proto": "http",
      "X-Request-ID": "forged",
    };
    const answers = [];
    for (let request = 0; request < 2; request++) {
      answers.push(await rawRequest(ports.https, "/dashboard", forged, certificate));
    }
    const bodies = answers.map(
      (answer) => JSON.parse(answer.body) as { instance: string; headers: Record<string, string> },
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(bodies.map((body) => body.instance).sort()).toEqual(APP_SERVICES);
    for (const { headers } of bodies) {
      expect(headers).toMatchObject({
        host: "localhost",
        "x-forwarded-host": "localhost",
        "x-forwarded-proto": "https",
        "x-forwarded-for": "127.0.0.1",
        "x-real-ip": "127.0.0.1",
      });
      expect(headers["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
    }
    // HSTS is the app's to send (docs/security.md); nginx adds none of its own.
    for (const answer of answers) expect(answer.headers["strict-transport-security"]).toBeUndefined();
  });

  it("is what the tests' own fronts include, and their config passes nginx -t too", () => {
    const front = join(dir, "front");
    cpSync(join(dir, "certs", "fullchain.pem"), join(front, "certificate.pem"));
    cpSync(join(dir, "certs", "privkey.pem"), join(front, "key.pem"));
    const config = nginxConfig(front, ports.https, ports.apps, { tls: true });
    for (const name of ["proxy.conf", "upstream-keepalive.conf", "tls.conf"]) {
      expect(config).toContain(`include ${join(process.cwd(), "deploy/nginx/snippets", name)};`);
    }
    writeFileSync(join(front, "nginx.conf"), config);
    execFileSync(
      nginxPath,
      ["-t", "-p", front, "-c", join(front, "nginx.conf"), "-e", join(front, "error.log")],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
  });

  it("answers plain http with a redirect to https only", async () => {
    const answer = await rawRequest(ports.http, "/login?next=%2Fdashboard", {});
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe("https://localhost/login?next=%2Fdashboard");
  });
});

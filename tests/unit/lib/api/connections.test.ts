import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";

import { fetch as undiciFetch } from "undici";
import { afterEach, describe, expect, it } from "vitest";

import { fastapiConnections } from "@/lib/api/connections";

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/**
 * An HTTP server as uvicorn and gunicorn are to a client: it answers every request on a connection and says
 * nothing of how long it keeps one (no `Keep-Alive` header, unlike Node's). It drops idle ones late, so only the
 * client decides here.
 */
async function gunicornLike(): Promise<{ url: string; connections: () => number }> {
  let connections = 0;
  server = createServer((socket) => {
    connections += 1;
    socket.setTimeout(10_000, () => socket.destroy());
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      while (received.includes("\r\n\r\n")) {
        received = received.slice(received.indexOf("\r\n\r\n") + 4);
        socket.write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}");
      }
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, connections: () => connections };
}

// MSW stands in for FastAPI in the unit tests and patches the global fetch: undici's own fetch reaches the real
// server here, through the pool that the client hands Node's fetch.
const call = async (url: string) =>
  (await undiciFetch(url, { method: "POST", dispatcher: fastapiConnections })).text();

describe("the connections to FastAPI", () => {
  it("are not reused after 3 s idle, where Node's own pool (4 s) would reuse one gunicorn dropped at 2 s", async () => {
    const backend = await gunicornLike();
    await call(backend.url);
    const before = backend.connections();
    // The idle time is what is under test, and only time makes a connection idle. 3 s: past the pool's 1 s and
    // its timers' coarse ticks, and short of Node's default, so the test fails if the pool is not used.
    // eslint-disable-next-line no-restricted-syntax -- see above.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await call(backend.url);
    expect(backend.connections()).toBe(before + 1);
  });
});

// A TCP gate in front of the embedded backend that a test can shut, so the app meets refused connections.
import { connect, createServer, type Server, type Socket } from "node:net";

export interface SwitchableGate {
  url: string;
  /** Stops listening: connections to the gate are refused until it opens again. */
  shut(): Promise<void>;
  open(): Promise<void>;
  close(): Promise<void>;
}

export async function startSwitchableGate(target: URL, port: number): Promise<SwitchableGate> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      if (server) return resolve();
      server = createServer((client) => {
        const upstream = connect(Number(target.port), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", resolve);
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (server) server.close(() => resolve());
      else resolve();
      server = undefined;
    });

  await listen();
  return { url: `http://127.0.0.1:${port}`, shut: stop, open: listen, close: stop };
}

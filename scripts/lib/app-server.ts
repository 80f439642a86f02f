// How every test, the bench and the screenshots build and start the app: `npm run build`, then the standalone
// server it leaves, the one `npm start` and the container image run, so what ships is what is tested.
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

/** The server `npm run build` leaves in `.next/standalone`, with its static files beside it. */
export const STANDALONE_SERVER = join(root, ".next", "standalone", "server.js");

/** `npm run build` as a command line; it needs no configuration (scripts/build.mjs). */
export const BUILD_COMMAND = "npm run build";

/** The standalone server reads where to listen from the environment, not from flags. */
export const listenOn = (port: number): Record<string, string> => ({
  HOSTNAME: "127.0.0.1",
  PORT: String(port),
});

// Runs once when a server starts, before it takes a request. Only Node servers have work to do
// (src/lib/server-start.ts); the branch keeps that module out of the Edge bundle Next also compiles.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./src/lib/server-start")).startServer();
}

// Server-only: what a Node server does once as it starts (instrumentation.ts): validate the configuration,
// exiting with src/env.ts's message when it is wrong, then learn to stop cleanly, log every request and trace.
import "server-only";

export async function startServer(): Promise<void> {
  try {
    await import("@/env");
  } catch (error) {
    // Next would log it and serve anyway; a server that cannot work should not look healthy.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const [{ stopCleanlyOnTermination }, { logEveryRequest }, { startTracing }] = await Promise.all([
    import("@/lib/shutdown"),
    import("@/lib/access-log"),
    import("@/lib/tracing/start-tracing"),
  ]);
  stopCleanlyOnTermination();
  logEveryRequest();
  await startTracing();
}

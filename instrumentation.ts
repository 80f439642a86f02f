// Runs once when a server starts, before it takes a request: the configuration is validated here, so a missing
// or weak setting stops the start with src/env.ts's message instead of failing every request; then the server
// learns to stop cleanly.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    await import("./src/env");
  } catch (error) {
    // Next would log it and serve anyway; a server that cannot work should not look healthy.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const { stopCleanlyOnTermination } = await import("./src/lib/shutdown");
  stopCleanlyOnTermination();
}

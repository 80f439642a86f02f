// Tracks a Redis outage: logged once when it starts and once when it ends, however many requests fall back
// meanwhile, and Redis left alone for a moment after each failure so a hanging Redis slows few requests.

/** After a failure, requests skip Redis this long; the first one after that tries it again. */
const RETRY_AFTER_MS = 2_000;

interface OutageState {
  down: boolean;
  retryAt: number;
}

// On globalThis: the proxy and the app are separate bundles in one process, and should log one outage, not two.
const state = ((globalThis as { [key: symbol]: OutageState | undefined })[
  Symbol.for("next-fastapi-auth.redis-outage")
] ??= { down: false, retryAt: 0 });

/** Whether Redis failed so recently that it is not worth asking yet. */
export const redisOnHold = (): boolean => state.down && Date.now() < state.retryAt;

/** Something Redis was asked failed: this instance now counts and refreshes on its own. */
export function reportRedisDown(reason: string): void {
  state.retryAt = Date.now() + RETRY_AFTER_MS;
  if (state.down) return;
  state.down = true;
  console.warn(
    `[redis] unavailable (${reason}): rate limits and token refreshes fall back to this instance's memory until it answers again`,
  );
}

/** Redis answered: the fleet shares its counts and refreshes again. */
export function reportRedisUp(): void {
  if (!state.down) return;
  state.down = false;
  console.warn("[redis] available again: rate limits and token refreshes are shared by the fleet");
}

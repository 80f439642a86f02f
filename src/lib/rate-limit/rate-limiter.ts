// Counts hits per key in fixed windows and says how long a caller must wait; the clock is injectable for tests.
import type { RateLimitStore } from "./rate-limit-store";

export interface LimitedKey {
  key: string;
  /** Hits allowed in one window; the next one must wait until the window ends. */
  limit: number;
}

export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly windowMs: number,
    // Looked up on each call, so a clock the tests install is seen.
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Whole seconds until every key is below its limit again; 0 when none has reached it. */
  async secondsUntilAllowed(keys: LimitedKey[]): Promise<number> {
    const now = this.now();
    let waitMs = 0;
    for (const { key, limit } of keys) {
      const window = await this.store.get(key, now);
      if (window && window.count >= limit) waitMs = Math.max(waitMs, window.resetAt - now);
    }
    return Math.ceil(waitMs / 1000);
  }

  async hit(keys: LimitedKey[]): Promise<void> {
    const now = this.now();
    for (const { key } of keys) await this.store.increment(key, this.windowMs, now);
  }

  async clear(keys: LimitedKey[]): Promise<void> {
    for (const { key } of keys) await this.store.delete(key);
  }
}

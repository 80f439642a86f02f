// The storage a rate limiter counts in: in-process by default, replaceable by a store shared between instances.

/** Hits counted for one key in its current window. */
export interface RateLimitWindow {
  count: number;
  /** When the window ends and the count starts again from zero, in epoch milliseconds. */
  resetAt: number;
}

/**
 * Fixed windows per key. A shared implementation (Redis `INCR` + `PEXPIRE`, a SQL row) makes the limits hold
 * across instances; with the in-process store each instance counts on its own (DESIGN §8).
 */
export interface RateLimitStore {
  /** The key's window at `now`, or undefined when it has none or it has ended. */
  get(key: string, now: number): Promise<RateLimitWindow | undefined>;
  /** Counts one hit, opening a window of `windowMs` from `now` when the key has none. */
  increment(key: string, windowMs: number, now: number): Promise<RateLimitWindow>;
  delete(key: string): Promise<void>;
}

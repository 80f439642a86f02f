// A rate-limit store in this process's memory, bounded so that attacker-chosen keys cannot exhaust it.
import type { RateLimitStore, RateLimitWindow } from "./rate-limit-store";

/** Above this many keys, ended windows are swept, then the oldest windows are forgotten. */
const DEFAULT_MAX_KEYS = 100_000;

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, RateLimitWindow>();

  constructor(private readonly maxKeys = DEFAULT_MAX_KEYS) {}

  get(key: string, now: number): Promise<RateLimitWindow | undefined> {
    const window = this.windows.get(key);
    return Promise.resolve(window && window.resetAt > now ? { ...window } : undefined);
  }

  increment(key: string, windowMs: number, now: number): Promise<RateLimitWindow> {
    const current = this.windows.get(key);
    const window =
      current && current.resetAt > now
        ? { count: current.count + 1, resetAt: current.resetAt }
        : { count: 1, resetAt: now + windowMs };
    // Re-inserting keeps the Map in order of last activity, so eviction drops the longest-idle keys.
    this.windows.delete(key);
    this.windows.set(key, window);
    if (this.windows.size > this.maxKeys) this.evict(now);
    return Promise.resolve({ ...window });
  }

  delete(key: string): Promise<void> {
    this.windows.delete(key);
    return Promise.resolve();
  }

  private evict(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    for (const key of this.windows.keys()) {
      if (this.windows.size <= this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}

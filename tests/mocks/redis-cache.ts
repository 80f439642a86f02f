// The boilerplate's Redis response cache (`core/utils/cache.py`): string keys with an expiry, deleted by key or by
// glob pattern, on a clock that tests can move forward instead of waiting.

/** What Redis `SCAN MATCH` accepts here: `*` and `?` (the keys the backend builds never hold `[` or `\`). */
function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replaceAll("*", ".*").replaceAll("?", ".")}$`, "s");
}

interface Entry {
  json: unknown;
  expiresAtMs: number;
}

export class RedisCache {
  readonly #entries = new Map<string, Entry>();
  /** How far tests moved the clock forward (`POST /__mock/cache`). */
  #offsetMs = 0;

  #now(): number {
    return Date.now() + this.#offsetMs;
  }

  /** `GET key`: the stored JSON, or undefined when absent or expired. */
  get(key: string): unknown {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAtMs <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.json;
  }

  /** `SET key value` then `EXPIRE key seconds`. The value is a JSON round trip, as `json.dumps` stores it. */
  set(key: string, json: unknown, expireSeconds: number): void {
    this.#entries.set(key, {
      json: JSON.parse(JSON.stringify(json)),
      expiresAtMs: this.#now() + expireSeconds * 1000,
    });
  }

  /** `DEL key`. */
  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** `SCAN 0 MATCH pattern` + `DEL`, as the fixed backend does (the unfixed one starts at cursor -1 and fails). */
  deleteMatching(pattern: string): void {
    const matches = globToRegExp(pattern);
    for (const key of [...this.#entries.keys()]) if (matches.test(key)) this.#entries.delete(key);
  }

  /** Moves the cache's clock forward: entries expire as if that much time had passed. */
  advance(seconds: number): void {
    this.#offsetMs += seconds * 1000;
  }

  /** `FLUSHALL`, and the clock back to real time. */
  clear(): void {
    this.#entries.clear();
    this.#offsetMs = 0;
  }
}

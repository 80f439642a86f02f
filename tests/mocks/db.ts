// In-memory tables of the mock backend, shaped like the boilerplate's Postgres tables; reset() restores the seed.
import { seed as defaultSeed, type Seed } from "../fixtures/seed";
import { UnhandledServerError } from "./framework/errors";
import { RedisCache } from "./redis-cache";

/** What SQLAlchemy raises for a violated constraint; the backend never catches it, so it is a 500. */
export class DatabaseError extends UnhandledServerError {}

export interface UserRow {
  id: number;
  name: string;
  username: string;
  email: string;
  /** Stored as sent; compared the way bcrypt would (first 72 bytes), see `passwordMatches`. */
  password: string;
  profile_image_url: string;
  tier_id: number | null;
  is_superuser: boolean;
  is_deleted: boolean;
  created_at: Date;
}

export interface TierRow {
  id: number;
  name: string;
  created_at: Date;
}

export interface RateLimitRow {
  id: number;
  tier_id: number;
  name: string;
  path: string;
  limit: number;
  period: number;
  created_at: Date;
  updated_at: Date | null;
}

export interface PostRow {
  id: number;
  title: string;
  text: string;
  media_url: string | null;
  created_by_user_id: number;
  created_at: Date;
  is_deleted: boolean;
}

/** An arq job as `Job.info()` describes it (no worker runs, so jobs stay queued). */
export interface JobRow {
  job_id: string;
  function: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  enqueue_time: Date;
  score: number;
}

/** A table with a Postgres-like id sequence: ids are never reused, even after deletes. */
export class Table<Row extends { id: number }> {
  #rows: Row[] = [];
  #nextId = 1;

  insert(values: Omit<Row, "id">): Row {
    const row = { id: this.#nextId++, ...values } as Row;
    this.#rows.push(row);
    return row;
  }

  find(predicate: (row: Row) => boolean): Row | undefined {
    return this.#rows.find(predicate);
  }

  /** Rows in insertion (id) order, the order the backend's unsorted queries return. */
  filter(predicate: (row: Row) => boolean = () => true): Row[] {
    return this.#rows.filter(predicate);
  }

  some(predicate: (row: Row) => boolean): boolean {
    return this.#rows.some(predicate);
  }

  remove(row: Row): void {
    this.#rows = this.#rows.filter((candidate) => candidate !== row);
  }

  clear(): void {
    this.#rows = [];
    this.#nextId = 1;
  }
}

function seededId(row: { id: number } | undefined, description: string): number {
  if (!row) throw new Error(`The seed refers to ${description}, which it does not define`);
  return row.id;
}

type Updates<Row> = { [Column in keyof Row]?: Row[Column] | null };

/**
 * fastcrud's `update` with `exclude_unset`: writes the columns that were sent, all or nothing.
 * A null sent for a NOT NULL column fails in Postgres.
 */
export function updateRow<Row extends object>(
  row: Row,
  updates: Updates<Row>,
  nullableColumns: readonly (keyof Row)[] = [],
): void {
  const entries = Object.entries(updates) as [keyof Row, Row[keyof Row] | null][];
  const nullViolation = entries.find(
    ([column, value]) => value === null && !nullableColumns.includes(column),
  );
  if (nullViolation) throw new DatabaseError(`null value in column "${String(nullViolation[0])}"`);
  for (const [column, value] of entries) row[column] = value as Row[keyof Row];
}

export const DEFAULT_PROFILE_IMAGE_URL = "https://profileimageurl.com";

export class MockDatabase {
  readonly users = new Table<UserRow>();
  readonly tiers = new Table<TierRow>();
  readonly rateLimits = new Table<RateLimitRow>();
  readonly posts = new Table<PostRow>();
  /** The `token_blacklist` table: raw token strings, never purged. */
  readonly tokenBlacklist = new Set<string>();
  /** arq's Redis queue. */
  readonly jobs = new Map<string, JobRow>();
  /** The rate limiter's Redis counters, keyed by user or client, sanitized path and window start. */
  readonly rateLimitCounters = new Map<string, number>();
  /** The `@cache` decorator's Redis keys (post lists for 60 s, single posts for an hour). */
  readonly cache = new RedisCache();
  /** Tables of resources added with `npm run generate:resource`, by name: created on first use, emptied by reset(). */
  readonly #tables = new Map<string, Table<{ id: number }>>();

  constructor(private readonly seedData: Seed = defaultSeed) {
    this.reset();
  }

  reset(): void {
    for (const table of [this.users, this.tiers, this.rateLimits, this.posts, ...this.#tables.values()]) {
      table.clear();
    }
    this.tokenBlacklist.clear();
    this.jobs.clear();
    this.rateLimitCounters.clear();
    this.cache.clear();

    for (const tier of this.seedData.tiers) this.tiers.insert({ ...tier });
    const tierId = (name: string) =>
      seededId(
        this.tiers.find((tier) => tier.name === name),
        `tier "${name}"`,
      );
    for (const { account, tier, ...flags } of this.seedData.users) {
      this.users.insert({
        ...account,
        ...flags,
        profile_image_url: DEFAULT_PROFILE_IMAGE_URL,
        tier_id: tierId(tier),
        is_deleted: false,
      });
    }
    for (const { tier, ...rateLimit } of this.seedData.rateLimits) {
      this.rateLimits.insert({ ...rateLimit, tier_id: tierId(tier), updated_at: null });
    }
    for (const { author, ...post } of this.seedData.posts) {
      const authorId = seededId(
        this.users.find((user) => user.username === author),
        `user "${author}"`,
      );
      this.posts.insert({ ...post, created_by_user_id: authorId, is_deleted: false });
    }
  }

  /** A resource's own table (its rows are whatever its handlers store). */
  table<Row extends { id: number }>(name: string): Table<Row> {
    const existing = this.#tables.get(name);
    if (existing) return existing as unknown as Table<Row>;
    const created = new Table<Row>();
    this.#tables.set(name, created as unknown as Table<{ id: number }>);
    return created;
  }

  /** The boilerplate's lookup rule: a value containing `@` is an e-mail, anything else a username. */
  activeUserByUsernameOrEmail(identifier: string): UserRow | undefined {
    const column = identifier.includes("@") ? "email" : "username";
    return this.users.find((user) => user[column] === identifier && !user.is_deleted);
  }
}

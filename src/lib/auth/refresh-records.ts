// Server-only: what the fleet shares in Redis about refreshes: per refresh token, a short lock and the encrypted
// outcome, both keyed by a keyed hash of the token. The token itself never reaches Redis.
import "server-only";

import { randomBytes } from "node:crypto";

import type { Redis } from "ioredis";

import { keyedHash, seal, unseal } from "@/lib/fleet/fleet-crypto";

import type { Rotation } from "./refresh-lifetimes";
import type { RefreshedTokens } from "./token-source";

/**
 * What became of one refresh token: the tokens it was traded for and who traded it (a presenter, see
 * spent-token.ts), or the issuer's refusal.
 */
export type RefreshOutcome = ({ tokens: RefreshedTokens } & Rotation) | { refused: true };

/** Redis failed (down, slow, refused us): the caller goes on without the fleet. */
export class RedisUnavailableError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = "RedisUnavailableError";
  }
}

/** Deletes the lock only if it is still ours: it may have expired and been taken by another instance since. */
const RELEASE_SCRIPT = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0`;

const outcomeKey = (tokenId: string) => `nfa:refresh:${tokenId}`;
const lockKey = (tokenId: string) => `nfa:refresh-lock:${tokenId}`;

async function inRedis<T>(command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } catch (error) {
    throw new RedisUnavailableError(error);
  }
}

export interface RefreshRecords {
  read(refreshToken: string): Promise<RefreshOutcome | undefined>;
  write(refreshToken: string, outcome: RefreshOutcome, ttlMs: number): Promise<void>;
  forget(refreshToken: string): Promise<void>;
  /** A release function when this caller now holds the token's lock, undefined when someone else does. */
  lock(refreshToken: string, ttlMs: number): Promise<(() => Promise<void>) | undefined>;
}

export function refreshRecords(redis: Redis): RefreshRecords {
  const idOf = (refreshToken: string) => keyedHash("refresh-token-id", refreshToken);
  return {
    async read(refreshToken) {
      const id = idOf(refreshToken);
      const sealed = await inRedis(() => redis.get(outcomeKey(id)));
      const plaintext = sealed === null ? undefined : unseal(sealed, id);
      // Unreadable (another secret, tampered): as if nothing were known, so the caller refreshes itself.
      return plaintext === undefined ? undefined : (JSON.parse(plaintext) as RefreshOutcome);
    },
    async write(refreshToken, outcome, ttlMs) {
      const id = idOf(refreshToken);
      await inRedis(() => redis.set(outcomeKey(id), seal(JSON.stringify(outcome), id), "PX", ttlMs));
    },
    async forget(refreshToken) {
      await inRedis(() => redis.del(outcomeKey(idOf(refreshToken))));
    },
    async lock(refreshToken, ttlMs) {
      const key = lockKey(idOf(refreshToken));
      const owner = randomBytes(16).toString("base64url");
      const taken = await inRedis(() => redis.set(key, owner, "PX", ttlMs, "NX"));
      if (taken !== "OK") return undefined;
      return () => inRedis(() => redis.eval(RELEASE_SCRIPT, 1, key, owner)).then(() => undefined);
    },
  };
}

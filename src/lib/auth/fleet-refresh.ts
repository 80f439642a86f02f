// Server-only: one refresh per refresh token across every instance sharing REDIS_URL. The instance that takes the
// token's lock refreshes; the others wait for its outcome and use it. A token the fleet knows to be spent (rotated
// away) is replaced by its successor for the browser session that rotated it, within seconds; anyone else
// presenting it is signed out. Without Redis, or while it cannot answer, each instance
// refreshes on its own, as a single instance does.
import "server-only";

import { env } from "@/env";
import { ApiError, SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/api/errors";
import { reachableRedis } from "@/lib/fleet/redis-connection";
import { reportRedisDown, reportRedisUp } from "@/lib/fleet/redis-outage";

import {
  RedisUnavailableError,
  refreshRecords,
  type RefreshOutcome,
  type RefreshRecords,
} from "./refresh-records";
import { REUSE_WINDOW_MS, SPENT_MEMORY_MS, isReusable, mayFollowRotation } from "./refresh-lifetimes";
import { refuseSpentToken } from "./spent-token";
import {
  RefreshRefusedError,
  type RefreshRequest,
  type RefreshedTokens,
  type TokenSource,
} from "./token-source";

/** A refusal is shared briefly, so callers waiting on the same dead token end their sessions without a new call. */
const REFUSAL_MEMORY_MS = 10_000;
/** How often a waiting instance looks for the outcome. Only one caller per instance waits (see single-flight-refresh). */
const POLL_MS = 25;

/** Longer than a refresh call can take (the token sources give up after FASTAPI_TIMEOUT_MS): a crashed holder's lock lapses. */
const lockMs = () => env.FASTAPI_TIMEOUT_MS + 1_000;

/** The newest refresh token of the chain followed so far, and the lifetime its issuer gave it. */
interface Chain {
  newest: string;
  newestMaxAge?: number;
}

/** The tokens as the holder of `held` must see them: the newest refresh token, whichever hop rotated it. */
function forHolder(held: string, chain: Chain, tokens: RefreshedTokens): RefreshedTokens {
  if (tokens.refreshToken || chain.newest === held) return tokens;
  return { ...tokens, refreshToken: chain.newest, refreshMaxAge: chain.newestMaxAge };
}

async function recordQuietly(records: RefreshRecords, token: string, outcome: RefreshOutcome, ttlMs: number) {
  // The refresh itself succeeded or was refused; failing to share it only costs other instances a call.
  await records.write(token, outcome, ttlMs).catch((error: Error) => reportRedisDown(error.message));
}

async function refreshAndRecord(
  records: RefreshRecords,
  source: TokenSource,
  token: string,
  presenter: string | null,
) {
  let tokens: RefreshedTokens;
  try {
    tokens = await source.refresh(token);
  } catch (error) {
    if (error instanceof RefreshRefusedError) {
      await recordQuietly(records, token, { refused: true }, REFUSAL_MEMORY_MS);
    }
    throw error;
  }
  const ttlMs = tokens.refreshToken ? SPENT_MEMORY_MS : REUSE_WINDOW_MS;
  await recordQuietly(records, token, { tokens, mintedAt: Date.now(), presenter }, ttlMs);
  return tokens;
}

const sameOutcome = (a: RefreshOutcome | undefined, b: RefreshOutcome | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

async function coordinate(
  records: RefreshRecords,
  source: TokenSource,
  chain: Chain,
  { presenter, failedAccessToken }: RefreshRequest,
): Promise<RefreshedTokens> {
  const deadline = Date.now() + 2 * lockMs();
  let last: Extract<RefreshOutcome, { tokens: unknown }> | undefined;
  // A provider that hands back an earlier token (A→B→A) ends the chain there instead of looping.
  const seen = new Set([chain.newest]);
  for (;;) {
    const outcome = await records.read(chain.newest);
    if (outcome && "refused" in outcome) throw new RefreshRefusedError();
    if (outcome) {
      last = outcome;
      const successor = outcome.tokens.refreshToken;
      if (successor && !seen.has(successor)) {
        if (!mayFollowRotation(presenter, outcome)) {
          return refuseSpentToken(source, chain.newest);
        }
        seen.add(successor);
        chain.newest = successor;
        chain.newestMaxAge = outcome.tokens.refreshMaxAge;
        continue;
      }
    }
    if (last && isReusable(last.tokens, last.mintedAt, failedAccessToken)) return last.tokens;

    const release = await records.lock(chain.newest, lockMs());
    if (release) {
      try {
        // Another instance may have finished between the read above and the lock: look again before calling.
        if (!sameOutcome(await records.read(chain.newest), outcome)) continue;
        return await refreshAndRecord(records, source, chain.newest, presenter);
      } finally {
        await release().catch((error: Error) => reportRedisDown(error.message));
      }
    }
    if (Date.now() > deadline) throw new ApiError("timeout", SERVICE_UNAVAILABLE_MESSAGE);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * The fleet's half of awaitDelivery (single-flight-refresh.ts): the rotations `presenter` made from `heldToken` are
 * marked undelivered in their records, which keep the time they have left, so the next request of that browser
 * follows them on any instance.
 */
export async function awaitDeliveryFleetWide(heldToken: string, presenter: string | null): Promise<void> {
  const redis = await reachableRedis();
  if (!redis) return;
  const records = refreshRecords(redis);
  const seen = new Set<string>();
  try {
    for (let token = heldToken; !seen.has(token);) {
      seen.add(token);
      const outcome = await records.read(token);
      if (!outcome || "refused" in outcome || outcome.presenter !== presenter) return;
      const successor = outcome.tokens.refreshToken;
      const ttlMs = SPENT_MEMORY_MS - (Date.now() - outcome.mintedAt);
      if (!successor || ttlMs <= 0) return;
      await records.write(token, { ...outcome, undelivered: true }, ttlMs);
      token = successor;
    }
  } catch (error) {
    // Only the fleet's copy is missed: this instance still knows, and the next request may land here.
    if (!(error instanceof RedisUnavailableError)) throw error;
    reportRedisDown(error.message);
  }
}

/**
 * The fleet's half of a sign-out: the recorded outcomes of `refreshTokens` are deleted, so no instance answers them
 * from the record. Only these: Redis holds keyed hashes, so earlier tokens that led to them cannot be found there.
 */
export async function forgetRefreshesFleetWide(refreshTokens: string[]): Promise<void> {
  const redis = await reachableRedis();
  if (!redis) return;
  const records = refreshRecords(redis);
  await Promise.all(
    refreshTokens.map((token) =>
      records.forget(token).catch((error: Error) => reportRedisDown(error.message)),
    ),
  );
}

/**
 * A refresh of `refreshToken` at `source`, shared by the fleet: at most one call per token across all instances
 * while Redis answers. Returns the refresh token to keep when it differs from `refreshToken` (a rotation here or
 * on another instance).
 */
export async function refreshFleetWide(
  source: TokenSource,
  refreshToken: string,
  request: RefreshRequest,
): Promise<RefreshedTokens> {
  const redis = await reachableRedis();
  if (!redis) return source.refresh(refreshToken);
  const chain: Chain = { newest: refreshToken };
  try {
    const tokens = await coordinate(refreshRecords(redis), source, chain, request);
    reportRedisUp();
    return forHolder(refreshToken, chain, tokens);
  } catch (error) {
    if (!(error instanceof RedisUnavailableError)) throw error;
    // Nothing was sent yet (a sent refresh never rethrows Redis errors): refresh on our own, with the newest token.
    reportRedisDown(error.message);
    return forHolder(refreshToken, chain, await source.refresh(chain.newest));
  }
}

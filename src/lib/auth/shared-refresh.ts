// Server-only, rotation-safe single-flight refresh: concurrent callers holding one refresh token share one call,
// and a refresh token that has been traded in is never sent again. This process's half; fleet-refresh.ts is the
// fleet's.
import "server-only";

import { forgetRefreshesFleetWide, refreshFleetWide } from "./fleet-refresh";
import { REUSE_WINDOW_MS, SPENT_MEMORY_MS, isReusable } from "./refresh-lifetimes";
import type { RefreshedTokens, TokenSource } from "./token-source";

interface Outcome {
  tokens: RefreshedTokens;
  mintedAt: number;
}

const inFlight = new Map<string, Promise<RefreshedTokens>>();
const outcomes = new Map<string, Outcome>();

/**
 * Follows rotations from `refreshToken` to the newest token this process knows, with the last outcome. Stops at a
 * token it has seen: a provider that hands back an earlier token (A→B→A) ends the chain instead of looping.
 */
function newestKnown(refreshToken: string): { refreshToken: string; last?: Outcome } {
  let current = refreshToken;
  let last: Outcome | undefined;
  const seen = new Set([current]);
  for (let outcome = outcomes.get(current); outcome; outcome = outcomes.get(current)) {
    last = outcome;
    const successor = outcome.tokens.refreshToken;
    if (!successor || seen.has(successor)) break;
    seen.add(successor);
    current = successor;
  }
  return { refreshToken: current, last };
}

function remember(refreshToken: string, tokens: RefreshedTokens): void {
  const outcome = { tokens, mintedAt: Date.now() };
  outcomes.set(refreshToken, outcome);
  setTimeout(
    () => {
      if (outcomes.get(refreshToken) === outcome) outcomes.delete(refreshToken);
    },
    tokens.refreshToken ? SPENT_MEMORY_MS : REUSE_WINDOW_MS,
  ).unref();
}

/**
 * Called when a session signs out: what this process and the fleet remember of its refreshes is forgotten, the
 * tokens it rotated away included, so a cookie jar replayed after the sign-out goes to the issuer, which refuses it
 * (and a rotating provider sees the reuse), instead of being handed the tokens of a moment ago.
 */
export async function forgetRefreshes(refreshToken: string): Promise<void> {
  const chain = new Set([refreshToken]);
  // Tokens it rotated to and tokens that rotated to it join the chain, until no outcome links a new one.
  for (let grew = true; grew;) {
    grew = false;
    for (const [token, { tokens }] of outcomes) {
      const successor = tokens.refreshToken;
      if (successor && chain.has(token) !== chain.has(successor)) {
        chain.add(token).add(successor);
        grew = true;
      }
    }
  }
  for (const token of chain) outcomes.delete(token);
  await forgetRefreshesFleetWide([...chain]);
}

/** What a caller holding `heldToken` should store: the rotated token only if it differs from what it holds. */
function forCaller(heldToken: string, current: string, tokens: RefreshedTokens): RefreshedTokens {
  if (current === heldToken) return { accessToken: tokens.accessToken };
  return {
    accessToken: tokens.accessToken,
    refreshToken: current,
    refreshMaxAge: tokens.refreshMaxAge,
  };
}

/**
 * A new access token (and, after a rotation, the refresh token to keep) for a caller holding `refreshToken`.
 * Callers arriving while a refresh runs share it; callers arriving just after get the token it produced, unless
 * that token is the one that just failed for them or it has expired; then the newest refresh token of the chain
 * is used, never a spent one. In this process callers share one promise; across instances sharing Redis, the
 * fleet shares one call (fleet-refresh.ts).
 */
export async function sharedRefresh(
  source: TokenSource,
  refreshToken: string,
  failedAccessToken?: string,
): Promise<RefreshedTokens> {
  const { refreshToken: current, last } = newestKnown(refreshToken);

  const running = inFlight.get(current);
  if (running) return forCallerAfter(running, refreshToken, current);

  if (last && isReusable(last.tokens, last.mintedAt, failedAccessToken)) {
    return forCaller(refreshToken, current, last.tokens);
  }

  const refresh = refreshFleetWide(source, current, failedAccessToken)
    .then((tokens) => {
      remember(current, tokens);
      return tokens;
    })
    .finally(() => inFlight.delete(current));
  inFlight.set(current, refresh);
  return forCallerAfter(refresh, refreshToken, current);
}

async function forCallerAfter(
  refresh: Promise<RefreshedTokens>,
  heldToken: string,
  sentToken: string,
): Promise<RefreshedTokens> {
  const tokens = await refresh;
  return forCaller(heldToken, tokens.refreshToken ?? sentToken, tokens);
}

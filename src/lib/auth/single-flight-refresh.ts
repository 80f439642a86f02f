// Server-only, rotation-safe single-flight refresh: concurrent callers holding one refresh token share one call,
// and a refresh token that has been traded in is sent again only as the stolen copy it then is. This process's
// half; fleet-refresh.ts is the fleet's.
import "server-only";

import { awaitDeliveryFleetWide, forgetRefreshesFleetWide, refreshFleetWide } from "./fleet-refresh";
import {
  REUSE_WINDOW_MS,
  SPENT_MEMORY_MS,
  isReusable,
  mayFollowRotation,
  type Rotation,
} from "./refresh-lifetimes";
import { refuseSpentToken } from "./spent-token";
import type { RefreshRequest, RefreshedTokens, TokenSource } from "./token-source";

interface Outcome extends Rotation {
  tokens: RefreshedTokens;
}

interface Flight {
  refresh: Promise<RefreshedTokens>;
  presenter: string | null;
}

const inFlight = new Map<string, Flight>();
const outcomes = new Map<string, Outcome>();

type Newest = { refreshToken: string; last?: Outcome } | { spentToken: string };

/**
 * Follows rotations from `refreshToken` to the newest token this process knows, with the last outcome, as far as
 * `presenter` may follow them; a rotation it may not follow leaves it holding a spent token. Stops at a token it
 * has seen: a provider that hands back an earlier token (A→B→A) ends the chain instead of looping.
 */
function newestKnown(refreshToken: string, presenter: string | null): Newest {
  let current = refreshToken;
  let last: Outcome | undefined;
  const seen = new Set([current]);
  for (let outcome = outcomes.get(current); outcome; outcome = outcomes.get(current)) {
    last = outcome;
    const successor = outcome.tokens.refreshToken;
    if (!successor || seen.has(successor)) break;
    if (!mayFollowRotation(presenter, outcome)) return { spentToken: current };
    seen.add(successor);
    current = successor;
  }
  return { refreshToken: current, last };
}

function remember(refreshToken: string, tokens: RefreshedTokens, presenter: string | null): void {
  const outcome = { tokens, mintedAt: Date.now(), presenter };
  outcomes.set(refreshToken, outcome);
  setTimeout(
    () => {
      if (outcomes.get(refreshToken) === outcome) outcomes.delete(refreshToken);
    },
    tokens.refreshToken ? SPENT_MEMORY_MS : REUSE_WINDOW_MS,
  ).unref();
}

/**
 * Called when the rotated successor of `heldToken` could not be stored in the browser (a Server Component cannot
 * set cookies): the browser still holds the spent token, so `presenter` may follow the rotations it made from it
 * for as long as they are remembered, here and fleet-wide, until a proxy or an action delivers the newest token.
 */
export async function awaitDelivery(heldToken: string, presenter: string | null): Promise<void> {
  const seen = new Set<string>();
  for (let token = heldToken; !seen.has(token);) {
    seen.add(token);
    const outcome = outcomes.get(token);
    const successor = outcome?.tokens.refreshToken;
    if (!outcome || !successor || outcome.presenter !== presenter) break;
    outcome.undelivered = true;
    token = successor;
  }
  await awaitDeliveryFleetWide(heldToken, presenter);
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
 * is used. Only the browser session that rotated a token, and only within seconds, is led to its successor;
 * anyone else presenting the spent token is signed out (RefreshRefusedError) and the token goes to the provider,
 * whose reuse detection fires. In this process callers share one promise; across instances sharing Redis, the
 * fleet shares one call (fleet-refresh.ts).
 */
export async function singleFlightRefresh(
  source: TokenSource,
  refreshToken: string,
  request: RefreshRequest,
): Promise<RefreshedTokens> {
  const newest = newestKnown(refreshToken, request.presenter);
  if ("spentToken" in newest) return refuseSpentToken(source, newest.spentToken);
  const { refreshToken: current, last } = newest;

  const running = inFlight.get(current);
  if (running?.presenter === request.presenter) {
    return forCallerAfter(running.refresh, refreshToken, current);
  }
  if (running) {
    // Another session holds this very token: once its refresh is over, look again (a rotation makes ours spent).
    await running.refresh.catch(() => undefined);
    return singleFlightRefresh(source, refreshToken, request);
  }

  if (last && isReusable(last.tokens, last.mintedAt, request.failedAccessToken)) {
    return forCaller(refreshToken, current, last.tokens);
  }

  const refresh = refreshFleetWide(source, current, request)
    .then((tokens) => {
      remember(current, tokens, request.presenter);
      return tokens;
    })
    .finally(() => inFlight.delete(current));
  inFlight.set(current, { refresh, presenter: request.presenter });
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

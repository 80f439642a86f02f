// Server-only: limits sign-in and sign-up attempts per client IP and per account name (SECURITY.md "Abuse").
import "server-only";

import { env } from "@/env";
import { fail, type ActionFailure } from "@/lib/action-result";

import { MemoryRateLimitStore } from "./memory-rate-limit-store";
import type { RateLimitStore } from "./rate-limit-store";
import { RateLimiter, type LimitedKey } from "./rate-limiter";

export interface AuthAttempt {
  kind: "login" | "register";
  clientIp: string;
  /** The username or e-mail typed; compared lower-cased, so `Demo` and `demo` share a count. */
  accountNames: string[];
}

interface AuthRateLimitsOptions {
  store: RateLimitStore;
  windowSeconds: number;
  perAccount: number;
  perIp: number;
  now?: () => number;
}

export const tooManyAttempts = (seconds: number): ActionFailure =>
  fail("rate-limited", `Too many attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`);

export function createAuthRateLimits({
  store,
  windowSeconds,
  perAccount,
  perIp,
  now,
}: AuthRateLimitsOptions) {
  const limiter = new RateLimiter(store, windowSeconds * 1000, now);
  const accountKeys = ({ kind, accountNames }: AuthAttempt): LimitedKey[] =>
    [...new Set(accountNames.map((name) => name.trim().toLowerCase()))].map((name) => ({
      key: `${kind}:account:${name}`,
      limit: perAccount,
    }));
  const allKeys = (attempt: AuthAttempt): LimitedKey[] => [
    { key: `${attempt.kind}:ip:${attempt.clientIp}`, limit: perIp },
    ...accountKeys(attempt),
  ];

  return {
    /** The failure to answer with when the attempt must wait, before anything is asked of FastAPI. */
    async refusal(attempt: AuthAttempt): Promise<ActionFailure | undefined> {
      const seconds = await limiter.secondsUntilAllowed(allKeys(attempt));
      return seconds > 0 ? tooManyAttempts(seconds) : undefined;
    },
    /** Counts an attempt that FastAPI refused (or, for sign-up, any attempt FastAPI answered). */
    recordAttempt: (attempt: AuthAttempt) => limiter.hit(allKeys(attempt)),
    /** A successful sign-in forgives the account's earlier failures; the IP's count stays. */
    recordSuccess: (attempt: AuthAttempt) => limiter.clear(accountKeys(attempt)),
  };
}

export const authRateLimits = createAuthRateLimits({
  store: new MemoryRateLimitStore(),
  windowSeconds: env.AUTH_RATE_LIMIT_WINDOW_SECONDS,
  perAccount: env.AUTH_RATE_LIMIT_PER_ACCOUNT,
  perIp: env.AUTH_RATE_LIMIT_PER_IP,
});

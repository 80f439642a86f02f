// Server-only: the sign-in and sign-up throttle as configured, and what it needs from the current request.
import "server-only";

import { cookies, headers } from "next/headers";

import { env } from "@/env";

import { createAuthThrottle, type AuthAttempt } from "./auth-throttle";
import { clientIp } from "./client-ip";
import { KNOWN_DEVICE_COOKIE, knownDeviceCookie } from "./known-device";

export type { AuthAttempt } from "./auth-throttle";

const throttle = createAuthThrottle({
  windowSeconds: env.AUTH_RATE_LIMIT_WINDOW_SECONDS,
  perAccount: env.AUTH_RATE_LIMIT_PER_ACCOUNT,
  delaySeconds: env.AUTH_RATE_LIMIT_DELAY_SECONDS,
  perIp: env.AUTH_RATE_LIMIT_PER_IP,
  global: env.AUTH_RATE_LIMIT_GLOBAL,
});

/** An attempt of the current request: its client address (when trusted) and its known-device cookie. */
export async function authAttempt(kind: AuthAttempt["kind"], accountNames: string[]): Promise<AuthAttempt> {
  const [requestHeaders, jar] = await Promise.all([headers(), cookies()]);
  return {
    kind,
    accountNames,
    clientIp: clientIp(requestHeaders, env.TRUST_PROXY_HEADERS),
    knownDevice: jar.get(KNOWN_DEVICE_COOKIE)?.value,
  };
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const authRateLimits = {
  /** The refusal to answer with, or undefined after waiting out the global alarm's slowdown, if any. */
  async refusal(attempt: AuthAttempt) {
    const refusal = await throttle.refusal(attempt);
    if (refusal) return refusal;
    const slowdownMs = await throttle.slowdownMs(attempt);
    if (slowdownMs > 0) await pause(slowdownMs);
    return undefined;
  },
  recordAttempt: throttle.recordAttempt,
  /** Forgives the account's failures and makes this browser a known device of the account name it typed. */
  async recordSuccess(attempt: AuthAttempt): Promise<void> {
    await throttle.recordSuccess(attempt);
    const [accountName] = attempt.accountNames;
    if (!accountName) return;
    const cookie = knownDeviceCookie(accountName);
    (await cookies()).set(cookie.name, cookie.value, cookie.options);
  },
};

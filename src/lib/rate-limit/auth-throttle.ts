// Server-only: the sign-in and sign-up throttling rules (docs/security.md, "Sign-in throttling"), built so that they
// cannot be turned against users (OWASP Authentication Cheat Sheet): delays per account name that grow with each
// failure instead of one long lock, a window per client address only when the address is known, an alarm for
// everyone together that slows strangers down but never refuses them, and browsers that signed in to the account
// before (known devices) exempt from what strangers trigger.
import "server-only";

import { fail, type ActionFailure } from "@/lib/action-result";

import { knownDeviceId } from "./known-device";
import { fleetCounter, type CounterOptions, type SharedCounter } from "./fleet-counter";

export interface AuthAttempt {
  kind: "login" | "register";
  /** Undefined when the address cannot be trusted (no TRUST_PROXY_HEADERS): nothing is then counted per address. */
  clientIp: string | undefined;
  /** The usernames or e-mails sent to FastAPI; counted as FastAPI compares them (accountKey). */
  accountNames: string[];
  /** The known-device cookie the browser sent, if any (sign-ins only). */
  knownDevice?: string;
}

export interface ThrottlePolicy {
  /** How long failures are remembered, and the longest single delay. */
  windowSeconds: number;
  /** Failures an account name (or a known device) may make before it is slowed down. */
  perAccount: number;
  /** The first delay past that allowance; each further failure doubles it, up to windowSeconds. */
  delaySeconds: number;
  /** Failures per known client address within the window. */
  perIp: number;
  /** Failures from strangers, all accounts and addresses together, within the window, before the alarm slows them. */
  global: number;
}

/** The alarm's first slowdown, and its longest: long enough to cost a sprayer, short enough for a person. */
const ALARM_FIRST_DELAY_MS = 500;
const ALARM_LONGEST_DELAY_MS = 8_000;

/**
 * How long a stranger's attempt waits once `failures` from everyone together passed the ceiling: doubling with each
 * further ceiling's worth of failures, so the wait grows with the attack. A wait, never a refusal: the global count
 * is everyone's, and no one's failures may refuse another person's correct password.
 */
export function alarmDelayMs(failures: number, { global }: ThrottlePolicy): number {
  if (failures < global) return 0;
  const doublings = Math.min(Math.floor((failures - global) / global), 16);
  return Math.min(ALARM_LONGEST_DELAY_MS, ALARM_FIRST_DELAY_MS * 2 ** doublings);
}

const tooManyAttempts = (seconds: number): ActionFailure =>
  fail("rate-limited", `Too many attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`);

/** Seconds an account name (or device) waits after its `failures`-th consecutive failure: none within its allowance. */
export function delayAfter(
  failures: number,
  { perAccount, delaySeconds, windowSeconds }: ThrottlePolicy,
): number {
  if (failures < perAccount) return 0;
  // Capped exponent: past the window the doubling no longer matters, and 2 ** huge is Infinity.
  return Math.min(windowSeconds, delaySeconds * 2 ** Math.min(failures - perAccount, 32));
}

interface Counters {
  /** Consecutive failures per account name or known device. */
  failures: SharedCounter;
  /** The delay each account name or known device is serving. */
  holds: SharedCounter;
  perIp: SharedCounter;
  global: SharedCounter;
}

const EVERYONE = "everyone";

/**
 * The account a name reaches, as FastAPI compares it: `/login` matches the username or the e-mail exactly
 * (`Victim@example.com` and `victim@example.com` are two accounts), and sign-up's pydantic `EmailStr` lower-cases
 * only an e-mail's domain before its "already registered" check. Counting any looser would let the owner of a
 * look-alike account earn passes and forgiveness for the original.
 */
export function accountKey(kind: AuthAttempt["kind"], name: string): string {
  const at = name.lastIndexOf("@");
  const compared = kind === "register" && at > 0 ? name.slice(0, at) + name.slice(at).toLowerCase() : name;
  return `account:${compared}`;
}

export function createAuthThrottle(policy: ThrottlePolicy, redis?: CounterOptions["redis"]) {
  const countersFor = (kind: AuthAttempt["kind"]): Counters => {
    const counter = (name: string) =>
      fleetCounter({ name: `${kind}:${name}`, durationSeconds: policy.windowSeconds, redis });
    return {
      failures: counter("failures"),
      holds: counter("holds"),
      perIp: counter("ip"),
      global: counter("global"),
    };
  };
  const counters = { login: countersFor("login"), register: countersFor("register") };

  const accountKeys = ({ kind, accountNames }: AuthAttempt) => [
    ...new Set(accountNames.map((name) => accountKey(kind, name))),
  ];

  /** A browser that signed in to one of the attempt's accounts before is throttled on its own, as one device. */
  const deviceKey = async (attempt: AuthAttempt): Promise<string | undefined> => {
    if (attempt.kind !== "login") return undefined;
    const deviceId = await knownDeviceId(attempt.knownDevice, attempt.accountNames);
    return deviceId && `device:${deviceId}`;
  };

  const heldMs = async (counter: SharedCounter, key: string) => (await counter.read(key))?.msLeft ?? 0;
  const fullMs = async (counter: SharedCounter, key: string, limit: number) => {
    const count = await counter.read(key);
    return count && count.hits >= limit ? count.msLeft : 0;
  };

  async function slowDown({ failures, holds }: Counters, key: string): Promise<void> {
    const delay = delayAfter(await failures.hit(key), policy);
    if (delay > 0) await holds.hold(key, delay);
  }

  return {
    /** The failure to answer with when the attempt must wait, before anything is asked of FastAPI. */
    async refusal(attempt: AuthAttempt): Promise<ActionFailure | undefined> {
      const counted = counters[attempt.kind];
      const device = await deviceKey(attempt);
      const waits = device
        ? [heldMs(counted.holds, device)]
        : [
            ...accountKeys(attempt).map((key) => heldMs(counted.holds, key)),
            attempt.clientIp === undefined ? 0 : fullMs(counted.perIp, attempt.clientIp, policy.perIp),
          ];
      const waitMs = Math.max(0, ...(await Promise.all(waits)));
      return waitMs > 0 ? tooManyAttempts(Math.ceil(waitMs / 1000)) : undefined;
    },

    /** Milliseconds the attempt waits before FastAPI is asked while the global alarm is up; 0 for known devices. */
    async slowdownMs(attempt: AuthAttempt): Promise<number> {
      if (await deviceKey(attempt)) return 0;
      const count = await counters[attempt.kind].global.read(EVERYONE);
      return alarmDelayMs(count?.hits ?? 0, policy);
    },

    /** Counts an attempt that FastAPI refused: a wrong password, or a sign-up whose name or e-mail is taken. */
    async recordAttempt(attempt: AuthAttempt): Promise<void> {
      const counted = counters[attempt.kind];
      const device = await deviceKey(attempt);
      if (device) return slowDown(counted, device);
      await Promise.all([
        ...accountKeys(attempt).map((key) => slowDown(counted, key)),
        attempt.clientIp === undefined ? undefined : counted.perIp.hit(attempt.clientIp),
        counted.global.hit(EVERYONE),
      ]);
    },

    /** A successful sign-in forgives the account's (and the device's) failures; the address and global counts stay. */
    async recordSuccess(attempt: AuthAttempt): Promise<void> {
      const counted = counters[attempt.kind];
      const device = await deviceKey(attempt);
      const keys = [...accountKeys(attempt), ...(device ? [device] : [])];
      await Promise.all(keys.flatMap((key) => [counted.failures.forget(key), counted.holds.forget(key)]));
    },
  };
}

export type AuthThrottle = ReturnType<typeof createAuthThrottle>;

// The throttling rules on their own, on a clock the test moves, each tried as an attacker would: growing delays
// per account name, no shared bucket for unknown addresses, a global alarm that slows and never refuses, and known
// devices let through.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import {
  accountKey,
  alarmDelayMs,
  createAuthThrottle,
  delayAfter,
  type AuthAttempt,
  type ThrottlePolicy,
} from "@/lib/rate-limit/auth-throttle";
import { knownDeviceCookie, retireKnownDevices } from "@/lib/rate-limit/known-device";

const policy: ThrottlePolicy = {
  windowSeconds: 900,
  perAccount: 5,
  delaySeconds: 30,
  perIp: 20,
  global: 100,
};

/** In this instance's memory: these rules do not depend on where they count (see fleet-rate-limits.test.ts). */
const memoryOnly = () => Promise.resolve(undefined);

let now = Date.UTC(2030, 0, 1);
const advanceSeconds = (seconds: number) => vi.setSystemTime((now += seconds * 1000));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

const signIn = (accountName: string, extra: Partial<AuthAttempt> = {}): AuthAttempt => ({
  kind: "login",
  clientIp: undefined,
  accountNames: [accountName],
  ...extra,
});

/** The wait quoted to this attempt, in seconds; 0 when it may go ahead. */
async function waitOf(
  throttle: ReturnType<typeof createAuthThrottle>,
  attempt: AuthAttempt,
): Promise<number> {
  const refusal = await throttle.refusal(attempt);
  if (!refusal) return 0;
  const seconds = /Try again in (\d+) seconds?\.$/.exec(refusal.message ?? "")?.[1];
  expect(refusal.reason).toBe("rate-limited");
  return Number(seconds);
}

async function fail(throttle: ReturnType<typeof createAuthThrottle>, attempt: AuthAttempt, times: number) {
  for (let index = 0; index < times; index++) await throttle.recordAttempt(attempt);
}

describe("delayAfter", () => {
  it("is free within the allowance, then doubles from the first delay up to the window", () => {
    const delays = Array.from({ length: 12 }, (_, index) => delayAfter(index + 1, policy));
    expect(delays).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
    expect(delayAfter(10_000, policy)).toBe(900);
  });
});

describe("per account name", () => {
  it("slows a name down with delays that grow with each failure, instead of one long lock", async () => {
    const throttle = createAuthThrottle(policy, memoryOnly);
    const demo = signIn("demo");
    await fail(throttle, demo, 4);
    expect(await waitOf(throttle, demo)).toBe(0);

    await fail(throttle, demo, 1);
    expect(await waitOf(throttle, demo)).toBe(30);
    advanceSeconds(29);
    expect(await waitOf(throttle, demo)).toBe(1);
    advanceSeconds(1);
    expect(await waitOf(throttle, demo)).toBe(0);

    await fail(throttle, demo, 1);
    expect(await waitOf(throttle, demo)).toBe(60);
    advanceSeconds(60);
    await fail(throttle, demo, 1);
    expect(await waitOf(throttle, demo)).toBe(120);
  });

  it("counts a name exactly as FastAPI compares it, so a look-alike's success forgives nothing", async () => {
    const throttle = createAuthThrottle(policy, memoryOnly);
    await fail(throttle, signIn("victim@example.com"), 5);
    expect(await waitOf(throttle, signIn("victim@example.com"))).toBe(30);
    // FastAPI's /login matches exactly: these are other accounts, with counts of their own.
    expect(await waitOf(throttle, signIn("Victim@example.com"))).toBe(0);
    expect(await waitOf(throttle, signIn("victim@EXAMPLE.com"))).toBe(0);
    await throttle.recordSuccess(signIn("Victim@example.com"));
    expect(await waitOf(throttle, signIn("victim@example.com"))).toBe(30);

    await throttle.recordSuccess(signIn("victim@example.com"));
    expect(await waitOf(throttle, signIn("victim@example.com"))).toBe(0);
    await fail(throttle, signIn("victim@example.com"), 4);
    expect(await waitOf(throttle, signIn("victim@example.com"))).toBe(0);
  });

  it("forgets failures once the window has passed", async () => {
    const throttle = createAuthThrottle(policy, memoryOnly);
    await fail(throttle, signIn("demo"), 4);
    advanceSeconds(policy.windowSeconds);
    await fail(throttle, signIn("demo"), 4);
    expect(await waitOf(throttle, signIn("demo"))).toBe(0);
  });
});

describe("accountKey", () => {
  it.each([
    ["login", "demo", "account:demo"],
    ["login", "Demo", "account:Demo"],
    ["login", "Demo@Example.com", "account:Demo@Example.com"],
    // Sign-up's EmailStr lower-cases the domain, and only the domain, before its "already registered" check.
    ["register", "Demo@Example.COM", "account:Demo@example.com"],
    ["register", "demo", "account:demo"],
  ] as const)("%s %s → %s", (kind, name, key) => {
    expect(accountKey(kind, name)).toBe(key);
  });
});

describe("per client address", () => {
  it("keeps no bucket for an unknown address: strangers' failures on other accounts never stop yours", async () => {
    const throttle = createAuthThrottle(policy, memoryOnly);
    for (let account = 0; account < policy.perIp * 2; account++)
      await fail(throttle, signIn(`victim${account}`), 1);
    expect(await waitOf(throttle, signIn("demo"))).toBe(0);
  });

  it("limits a known address across accounts for the rest of the window", async () => {
    const throttle = createAuthThrottle(policy, memoryOnly);
    const from = (accountName: string, clientIp: string) => signIn(accountName, { clientIp });
    for (let account = 0; account < policy.perIp; account++)
      await fail(throttle, from(`user${account}`, "198.51.100.1"), 1);
    expect(await waitOf(throttle, from("someone-else", "198.51.100.1"))).toBe(900);
    expect(await waitOf(throttle, from("someone-else", "198.51.100.2"))).toBe(0);
  });
});

describe("the global alarm", () => {
  it("never refuses a stranger, however many failures everyone made together", async () => {
    const throttle = createAuthThrottle({ ...policy, global: 30 }, memoryOnly);
    for (let account = 0; account < 90; account++) await fail(throttle, signIn(`spray${account}`), 1);
    expect(await waitOf(throttle, signIn("demo"))).toBe(0);
  });

  it("slows strangers down once the ceiling is passed, more as the attack grows, until its window ends", async () => {
    const throttle = createAuthThrottle({ ...policy, global: 30 }, memoryOnly);
    const slowdowns: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (let account = 0; account < 30; account++)
        await fail(throttle, signIn(`spray${round}-${account}`), 1);
      slowdowns.push(await throttle.slowdownMs(signIn("demo")));
    }
    expect(slowdowns).toEqual([500, 1_000, 2_000, 4_000]);
    expect(await throttle.slowdownMs(signIn("demo", { knownDevice: knownDeviceCookie("demo").value }))).toBe(
      0,
    );
    advanceSeconds(policy.windowSeconds);
    expect(await throttle.slowdownMs(signIn("demo"))).toBe(0);
  });
});

describe("alarmDelayMs", () => {
  it("is free below the ceiling, then doubles with each further ceiling's worth, up to 8 s", () => {
    const alarm = { ...policy, global: 1000 };
    expect(
      [999, 1000, 1999, 2000, 3000, 4000, 5000, 100_000].map((count) => alarmDelayMs(count, alarm)),
    ).toEqual([0, 500, 500, 1_000, 2_000, 4_000, 8_000, 8_000]);
  });
});

describe("known devices", () => {
  const deviceOf = (accountName: string) => knownDeviceCookie(accountName).value;

  it("lets a browser that signed in to the account before through while strangers are held", async () => {
    const throttle = createAuthThrottle(policy, memoryOnly);
    const knownDevice = deviceOf("demo");
    await fail(throttle, signIn("demo"), 12);

    expect(await waitOf(throttle, signIn("demo"))).toBe(900);
    expect(await waitOf(throttle, signIn("demo", { knownDevice }))).toBe(0);
  });

  it("counts a known device's own failures against that device only", async () => {
    const throttle = createAuthThrottle(policy, memoryOnly);
    const knownDevice = deviceOf("demo");
    await fail(throttle, signIn("demo", { knownDevice }), 5);
    expect(await waitOf(throttle, signIn("demo", { knownDevice }))).toBe(30);
    expect(await waitOf(throttle, signIn("demo", { knownDevice: deviceOf("demo") }))).toBe(0);
    expect(await waitOf(throttle, signIn("demo"))).toBe(0);
  });

  it("opens nothing with a cookie earned on another account, altered, or made up", async () => {
    const throttle = createAuthThrottle(policy, memoryOnly);
    await fail(throttle, signIn("demo"), 5);
    const [deviceId = "", issuedAt = "", mac = ""] = deviceOf("demo").split(".");
    const forged = [
      deviceOf("mallory"),
      // A look-alike that FastAPI holds as another account.
      deviceOf("Demo"),
      `${deviceId}x.${issuedAt}.${mac}`,
      `${deviceId}.${issuedAt}.${mac.replace(/^./, (first) => (first === "a" ? "b" : "a"))}`,
      // Made younger than it is.
      `${deviceId}.${(parseInt(issuedAt, 36) + 1).toString(36)}.${mac}`,
      `${deviceId}.${mac}`,
      "made-up.cookie",
      "",
    ];
    for (const knownDevice of forged)
      expect(await waitOf(throttle, signIn("demo", { knownDevice }))).toBe(30);
  });

  it("ends on the server's clock 180 days after it was issued, whatever the browser keeps", async () => {
    const throttle = createAuthThrottle(policy, memoryOnly);
    const knownDevice = deviceOf("aged");
    advanceSeconds(180 * 24 * 60 * 60 - 10);
    await fail(throttle, signIn("aged"), 5);
    expect(await waitOf(throttle, signIn("aged", { knownDevice }))).toBe(0);
    advanceSeconds(10);
    expect(await waitOf(throttle, signIn("aged", { knownDevice }))).toBe(20);
  });

  it("ends when its name stops naming the account, and a pass earned after that works", async () => {
    const throttle = createAuthThrottle(policy, memoryOnly);
    const before = deviceOf("renamed");
    advanceSeconds(1);
    await retireKnownDevices(["renamed"]);
    await fail(throttle, signIn("renamed"), 5);
    expect(await waitOf(throttle, signIn("renamed", { knownDevice: before }))).toBe(30);

    advanceSeconds(1);
    expect(await waitOf(throttle, signIn("renamed", { knownDevice: deviceOf("renamed") }))).toBe(0);
  });

  it("means nothing to sign-up attempts", async () => {
    const throttle = createAuthThrottle(policy, memoryOnly);
    const register = (knownDevice?: string): AuthAttempt => ({
      kind: "register",
      clientIp: undefined,
      accountNames: ["demo", "demo@example.com"],
      knownDevice,
    });
    await fail(throttle, register(), 5);
    expect(await waitOf(throttle, register(deviceOf("demo")))).toBe(30);
    expect(await waitOf(throttle, signIn("demo"))).toBe(0);
  });
});

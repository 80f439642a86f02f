// The sign-in and sign-up actions under the limits, with the real API client against the embedded backend and
// a clock moved by the test (the security project sets 3 per account, a first delay of 60 s, 5 per IP, a 600 s
// window). The rules themselves are tried one by one in auth-throttle.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { loginAction, registerAction } from "@/actions/auth";
import { updateProfileAction } from "@/actions/profile";

import { KNOWN_DEVICE_COOKIE } from "@/lib/rate-limit/known-device";

import { SEED_DEMO } from "../../fixtures/seed";
import { mockBackend } from "../../mocks/node";
import { requestScope, setCookiesNamed } from "../../setup/next-request-scope";
import { redirectTarget } from "../../setup/redirect";
import { postForm } from "../../unit/helpers/post-form";

// Next's cache needs a running Next server; a successful profile change asks it to refresh the dashboard.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let address = 0;
const fromNewAddress = () => {
  requestScope.extraHeaders = { "x-forwarded-for": `198.51.100.${++address}` };
};
const wrongPassword = (username: string) => postForm(loginAction, { username, password: "wrong-password" });
const calls = (route: string) => mockBackend.stats()[route] ?? 0;

/** The limiter's clock (Date.now), moved only by the tests. */
let now = Date.now();
const advance = (ms: number) => vi.setSystemTime((now += ms));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  // The limiter lives as long as the module: start each test after every window an earlier test opened.
  advance(3_600_000);
  fromNewAddress();
});
afterEach(() => vi.useRealTimers());

describe("sign-in limits", () => {
  it("holds the account after 3 failures without asking FastAPI, and lets it in after the delay", async () => {
    for (let attempt = 0; attempt < 3; attempt++) expect((await wrongPassword("demo")).ok).toBe(false);
    const before = calls("POST /api/v1/login");

    const refused = await postForm(loginAction, { username: "demo", password: SEED_DEMO.password });
    expect(refused).toEqual({
      ok: false,
      reason: "rate-limited",
      message: "Too many attempts. Try again in 60 seconds.",
    });
    expect(calls("POST /api/v1/login")).toBe(before);

    advance(59_000);
    expect(await postForm(loginAction, { username: "demo", password: SEED_DEMO.password })).toMatchObject({
      message: "Too many attempts. Try again in 1 second.",
    });
    advance(1_000);
    expect(
      await redirectTarget(postForm(loginAction, { username: "demo", password: SEED_DEMO.password })),
    ).toBe("/dashboard");
  });

  it("doubles the delay with each further failure", async () => {
    for (let attempt = 0; attempt < 3; attempt++) await wrongPassword("demo");
    advance(60_000);
    await wrongPassword("demo");
    expect(await wrongPassword("demo")).toMatchObject({
      message: "Too many attempts. Try again in 120 seconds.",
    });
  });

  it("lets the browser that signed in before through while strangers are held", async () => {
    await redirectTarget(
      postForm(loginAction, { username: SEED_DEMO.username, password: SEED_DEMO.password }),
    );
    expect(setCookiesNamed(KNOWN_DEVICE_COOKIE)).toEqual([
      expect.objectContaining({ httpOnly: true, sameSite: "lax", path: "/", maxAge: 180 * 24 * 60 * 60 }),
    ]);
    const knownDevice = requestScope.browserCookies.get(KNOWN_DEVICE_COOKIE) ?? "";

    // A stranger: another address, no cookie.
    requestScope.browserCookies.clear();
    fromNewAddress();
    for (let attempt = 0; attempt < 3; attempt++) await wrongPassword("demo");
    expect(await postForm(loginAction, { username: "demo", password: SEED_DEMO.password })).toMatchObject({
      reason: "rate-limited",
    });

    requestScope.browserCookies.set(KNOWN_DEVICE_COOKIE, knownDevice);
    expect(
      await redirectTarget(postForm(loginAction, { username: "demo", password: SEED_DEMO.password })),
    ).toBe("/dashboard");
  });

  it("answers an unknown account exactly like a wrong password, before and at the limit", async () => {
    const known = [];
    const unknown = [];
    for (let attempt = 0; attempt < 4; attempt++) known.push(await wrongPassword("demo"));
    fromNewAddress();
    for (let attempt = 0; attempt < 4; attempt++) unknown.push(await wrongPassword("nobody"));
    expect(unknown).toEqual(known);
  });

  it("limits one address across many accounts, and a spoofed X-Forwarded-For prefix does not escape it", async () => {
    requestScope.extraHeaders = { "x-forwarded-for": "203.0.113.9" };
    for (let attempt = 0; attempt < 5; attempt++) await wrongPassword(`user${attempt}`);
    requestScope.extraHeaders = { "x-forwarded-for": "10.9.9.9, 203.0.113.9" };
    expect(await wrongPassword("someone-else")).toMatchObject({ reason: "rate-limited" });
  });

  it("forgives the account's failures after a successful sign-in", async () => {
    for (let attempt = 0; attempt < 2; attempt++) await wrongPassword("demo");
    await redirectTarget(postForm(loginAction, { username: "demo", password: SEED_DEMO.password }));
    for (let attempt = 0; attempt < 2; attempt++) await wrongPassword("demo");
    expect(await wrongPassword("demo")).toMatchObject({ reason: "unauthorized" });
  });

  it("does not count an outage against the user", async () => {
    mockBackend.setFaults({ mode: "error" });
    for (let attempt = 0; attempt < 4; attempt++) {
      expect(await wrongPassword("demo")).toMatchObject({ reason: "unavailable" });
    }
  });
});

describe("look-alike accounts", () => {
  // FastAPI compares e-mails exactly: Demo@example.com is an account of its own, which anyone may register.
  const LOOK_ALIKE = { name: "Look Alike", username: "lookalike", password: "Look-Alike-Passw0rd" };
  const lookAlikeEmail = SEED_DEMO.email.replace(/^./, (first) => first.toUpperCase());

  it("earn no pass and no forgiveness for the account they imitate", async () => {
    await postForm(registerAction, { ...LOOK_ALIKE, email: lookAlikeEmail }).catch(() => undefined);
    const signInToLookAlike = async () => {
      const target = await redirectTarget(
        postForm(loginAction, { username: lookAlikeEmail, password: LOOK_ALIKE.password }),
      );
      expect(target).toBe("/dashboard");
    };
    const guessVictim = () => postForm(loginAction, { username: SEED_DEMO.email, password: "wrong-guess" });

    // The attacker's loop: sign in to the look-alike, guess the victim's password, again and again.
    const answers = [];
    for (let round = 0; round < 4; round++) {
      await signInToLookAlike();
      for (let guess = 0; guess < 4; guess++) answers.push(await guessVictim());
    }
    // After the allowance, every further guess waits: the look-alike's device cookie and sign-ins changed nothing.
    expect(answers.slice(0, 3).map((answer) => (answer.ok ? "ok" : answer.reason))).toEqual(
      Array(3).fill("unauthorized"),
    );
    expect(answers.slice(3).map((answer) => (answer.ok ? "ok" : answer.reason))).toEqual(
      Array(13).fill("rate-limited"),
    );
  });
});

describe("known devices after a rename", () => {
  it("give the old name's throttling no pass once the account no longer has that name", async () => {
    const me = { username: "passholder", email: "passholder@example.com", password: "Pass-Holder-Passw0rd" };
    await redirectTarget(postForm(registerAction, { name: "Pass Holder", ...me }));
    requestScope.browserCookies.clear();
    await redirectTarget(postForm(loginAction, { username: me.username, password: me.password }));
    const oldPass = requestScope.browserCookies.get(KNOWN_DEVICE_COOKIE) ?? "";
    expect(oldPass).not.toBe("");
    await redirectTarget(
      postForm(updateProfileAction, {
        name: "Pass Holder",
        username: "passholder2",
        email: me.email,
        imageUrl: "https://profileimageurl.com",
        currentPassword: me.password,
      }),
    );

    // The old name is free at FastAPI now; strangers' failures hold it, and the old pass opens nothing.
    requestScope.browserCookies.clear();
    fromNewAddress();
    for (let attempt = 0; attempt < 3; attempt++) await wrongPassword(me.username);
    requestScope.browserCookies.set(KNOWN_DEVICE_COOKIE, oldPass);
    expect(await wrongPassword(me.username)).toMatchObject({ reason: "rate-limited" });
  });
});

describe("sign-up limits", () => {
  it("limits attempts per username and e-mail, the e-mail's domain in any case", async () => {
    const attempt = (username: string, email: string) =>
      postForm(registerAction, { name: "Some One", username, email, password: "Some-Passw0rd" });
    for (let index = 0; index < 3; index++) {
      fromNewAddress();
      expect(await attempt("demo", `other${index}@example.com`)).toMatchObject({ reason: "invalid" });
    }
    fromNewAddress();
    expect(await attempt("demo", "fresh@example.com")).toMatchObject({ reason: "rate-limited" });
    fromNewAddress();
    for (let index = 0; index < 3; index++) await attempt(`taken${index}`, SEED_DEMO.email);
    // FastAPI's EmailStr lower-cases the domain, so this is the seeded address to its "already registered" check.
    expect(await attempt("fresh", "demo@Example.COM")).toMatchObject({ reason: "rate-limited" });
  });
});

describe("password checks outside the sign-in form", () => {
  it("limits password guesses made through a username change like sign-ins", async () => {
    await redirectTarget(
      postForm(loginAction, { username: SEED_DEMO.username, password: SEED_DEMO.password }),
    );
    const renameWith = (currentPassword: string) =>
      postForm(updateProfileAction, {
        name: SEED_DEMO.name,
        username: "demorenamed",
        email: SEED_DEMO.email,
        imageUrl: "https://profileimageurl.com",
        currentPassword,
      });

    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await renameWith("guess")).toMatchObject({
        ok: false,
        fieldErrors: { currentPassword: expect.any(Array) },
      });
    }
    const before = calls("POST /api/v1/login");

    expect(await renameWith(SEED_DEMO.password)).toEqual({
      ok: false,
      reason: "rate-limited",
      message: "Too many attempts. Try again in 60 seconds.",
    });
    expect(calls("POST /api/v1/login")).toBe(before);
    expect(mockBackend.db.users.some((user) => user.username === "demorenamed")).toBe(false);
  });
});

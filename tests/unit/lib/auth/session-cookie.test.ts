import type * as betterAuthCookies from "better-auth/cookies";
import { getCookieCache } from "better-auth/cookies";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { SESSION_DATA_COOKIE } from "@/lib/auth/session-config";
import { readSessionCookie } from "@/lib/auth/session-cookie";

import { nextHeadersMock, requestScope } from "../../../setup/next-request-scope";
import { signInNewAccount } from "../../helpers/action-session";

// The real decryption, watched: the module must decrypt a cookie value once, however often it is read.
vi.mock("better-auth/cookies", async (importOriginal) => {
  const original = await importOriginal<typeof betterAuthCookies>();
  return { ...original, getCookieCache: vi.fn(original.getCookieCache) };
});

const readJar = async () => readSessionCookie(await nextHeadersMock.cookies());

describe("readSessionCookie", () => {
  let username: string;
  let sessionData: string;

  beforeEach(async () => {
    ({ username } = await signInNewAccount());
    sessionData = requestScope.browserCookies.get(SESSION_DATA_COOKIE) ?? "";
    expect(sessionData).not.toBe("");
    vi.mocked(getCookieCache).mockClear();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("reads the signed-in user from the encrypted cookie", async () => {
    const session = await readJar();
    expect(session?.user.username).toBe(username);
    expect(session?.user.signInMethod).toBe("password");
  });

  it("decrypts a cookie value once, however often it is read", async () => {
    const first = await readJar();
    const second = await readJar();
    expect(second).toEqual(first);
    expect(getCookieCache).toHaveBeenCalledTimes(1);
  });

  it("stops accepting a remembered cookie once its session has expired", async () => {
    const session = await readJar();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(session?.session.expiresAt ?? 0).getTime() + 1_000);
    await expect(readJar()).resolves.toBeNull();
  });

  it("reads a cookie Better Auth split into chunks", async () => {
    requestScope.browserCookies.delete(SESSION_DATA_COOKIE);
    const middle = Math.floor(sessionData.length / 2);
    requestScope.browserCookies.set(`${SESSION_DATA_COOKIE}.1`, sessionData.slice(middle));
    requestScope.browserCookies.set(`${SESSION_DATA_COOKIE}.0`, sessionData.slice(0, middle));
    await expect(readJar()).resolves.toMatchObject({ user: { username } });
  });

  it("finds no session without the cookie, or in a garbled or tampered one", async () => {
    requestScope.browserCookies.delete(SESSION_DATA_COOKIE);
    await expect(readJar()).resolves.toBeNull();
    for (const forged of ["garbage.not.a.jwe", `${sessionData.slice(0, -4)}AAAA`]) {
      requestScope.browserCookies.set(SESSION_DATA_COOKIE, forged);
      await expect(readJar(), forged).resolves.toBeNull();
    }
  });
});

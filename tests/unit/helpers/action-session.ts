// Signs a user in through the real login action for server-action tests, and asks the backend about tokens.
import { expect } from "vitest";

import { loginAction } from "@/actions/auth";
import { SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/api/errors";
import { createUser } from "@/lib/api/users";

import type { SeedAccount } from "../../fixtures/seed";
import { TEST_FASTAPI_URL, mockBackend } from "../../mocks/node";
import { requestScope } from "../../setup/next-request-scope";
import { redirectTarget } from "../../setup/redirect";
import { postForm } from "./post-form";

import { refusedAccessToken } from "./signed-in-user";

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

let counter = 0;

/** A brand-new, unique account (FastAPI's tokens for one user minted in one second are identical). */
export async function registerAccount(): Promise<SeedAccount> {
  counter += 1;
  const username = `act${Math.random().toString(36).slice(2, 8)}${counter}`;
  const account = {
    name: "Action Tester",
    username,
    email: `${username}@example.com`,
    password: "Act10n-Passw0rd",
  };
  await createUser(account);
  return account;
}

/** Signs in with the login action, as the browser would; the request scope then holds every cookie. */
export async function signIn(account: Pick<SeedAccount, "username" | "password">): Promise<TokenPair> {
  await redirectTarget(postForm(loginAction, { username: account.username, password: account.password }));
  requestScope.setCookieHeaders = [];
  return browserTokens();
}

/** A fresh account, signed in. */
export async function signInNewAccount(): Promise<SeedAccount & TokenPair> {
  const account = await registerAccount();
  return { ...account, ...(await signIn(account)) };
}

/** A fresh superuser, signed in (a fresh one, so no other test can hold byte-identical tokens). */
export async function signInNewAdmin(): Promise<SeedAccount & TokenPair> {
  const account = await registerAccount();
  mockBackend.db.users.find((user) => user.username === account.username)!.is_superuser = true;
  return { ...account, ...(await signIn(account)) };
}

/** Takes the superuser flag away at the backend only: the session cookie still says superuser. */
export function demoteAtBackend(username: string): void {
  mockBackend.db.users.find((user) => user.username === username)!.is_superuser = false;
}

export function browserTokens(): TokenPair {
  return {
    accessToken: requestScope.browserCookies.get("access_token") ?? "",
    refreshToken: requestScope.browserCookies.get("refresh_token") ?? "",
  };
}

/**
 * Replaces the browser's tokens with valid ones the backend signed with other expiry times, so no token minted
 * later in this second can be byte-identical to them (docs/fastapi-contract.md §2): revoking one then says
 * nothing about the other.
 */
export async function useDistinctTokens(username: string): Promise<TokenPair> {
  const now = Math.floor(Date.now() / 1000);
  const tokens = {
    accessToken: await mockBackend.signToken({ sub: username, token_type: "access", exp: now + 1200 }),
    refreshToken: await mockBackend.signToken({ sub: username, token_type: "refresh", exp: now + 500_000 }),
  };
  requestScope.browserCookies.set("access_token", tokens.accessToken);
  requestScope.browserCookies.set("refresh_token", tokens.refreshToken);
  return tokens;
}

/** Asks the backend directly whether a token pair still works. */
export async function stillWorks({ accessToken, refreshToken }: TokenPair) {
  const me = await fetch(`${TEST_FASTAPI_URL}/api/v1/user/me/`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  const refresh = await fetch(`${TEST_FASTAPI_URL}/api/v1/refresh`, {
    method: "POST",
    headers: { Cookie: `refresh_token=${refreshToken}` },
  });
  return { access: me.ok, refresh: refresh.ok };
}

/** GET /user/me/ with a bearer token: the username it answers for, or undefined when refused. */
export async function whoIs(accessToken: string): Promise<string | undefined> {
  const response = await fetch(`${TEST_FASTAPI_URL}/api/v1/user/me/`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return response.ok ? ((await response.json()) as { username: string }).username : undefined;
}

/**
 * The session cookie stays, but FastAPI refuses both tokens: the access token fails and the refresh token is
 * blacklisted, so the one refresh the client tries is refused too.
 */
export async function makeBackendRefuseTokens(username: string): Promise<void> {
  const { refreshToken } = browserTokens();
  mockBackend.db.tokenBlacklist.add(refreshToken);
  requestScope.browserCookies.set("access_token", await refusedAccessToken(username));
}

/** Total requests the backend has answered since the last reset (the control surface is not counted). */
export const backendCallCount = () =>
  Object.values(mockBackend.stats()).reduce((sum, calls) => sum + calls, 0);

/** A plain-text 500 from FastAPI's crash handler reaches the user as the generic message only. */
export function expectUnavailable(result: unknown): void {
  expect(result).toEqual({ ok: false, reason: "unavailable", message: SERVICE_UNAVAILABLE_MESSAGE });
  expect(JSON.stringify(result)).not.toContain("Internal Server Error");
}

export const SESSION_EXPIRED = {
  ok: false,
  reason: "session-expired",
  message: "Your session has ended. Please sign in again.",
} as const;

/** A FastAPI/pydantic 422 list for one body field. */
export const pydantic422 = (field: string, msg: string) => ({
  detail: [{ type: "string_pattern_mismatch", loc: ["body", field], msg, input: "x" }],
});

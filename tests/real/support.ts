// What the real-backend browser flows share: the backend under test, accounts made through its API, its superuser.
import { randomBytes } from "node:crypto";

import { expect } from "@playwright/test";

import type { NewAccount } from "../e2e/page-helpers";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is set by npm run test:real (scripts/test-real.ts)`);
  return value;
}

export const realBackend = {
  url: () => required("REAL_FASTAPI_URL"),
  /** The app instance with THROTTLED_APP_LIMITS (playwright.real.config.ts), for the throttle spec alone. */
  throttledAppUrl: () => `http://127.0.0.1:${required("REAL_E2E_THROTTLED_APP_PORT")}`,
  admin: () => ({
    username: required("REAL_FASTAPI_ADMIN_USERNAME"),
    password: required("REAL_FASTAPI_ADMIN_PASSWORD"),
  }),
};

/**
 * The sign-in limits of the throttled instance, as tests/real/fixed/throttle.spec.ts counts against them: src/env.ts's
 * defaults (the configuration the guarantees are made for) but two, both stated here so nothing is implicit.
 */
export const THROTTLED_APP_LIMITS = {
  perAccount: 5,
  windowSeconds: 900,
  // Default 30 s: the victim's wait must outlast the steps after it (a look-alike's sign-in, a sign-out) even on a
  // busy machine, or it would be the clock, not the rules, that let the victim's correct password in.
  delaySeconds: 600,
  // Default 1,000: one test trips it with four times as many failures (a 4 s slowdown, alarmDelayMs) in seconds.
  global: 4,
} as const;

/** Lowercase letters and digits, as FastAPI wants usernames; unique enough to share a backend with anyone. */
export const uniqueName = (prefix: string) => `${prefix}${randomBytes(5).toString("hex")}`;

export function newAccount(prefix = "rb"): NewAccount {
  const username = uniqueName(prefix);
  return {
    name: `Real ${username}`,
    username,
    email: `${username}@example.com`,
    password: "Real-Passw0rd!",
  };
}

async function api(method: string, path: string, init: { json?: unknown; token?: string } = {}) {
  const headers = new Headers();
  if (init.json !== undefined) headers.set("content-type", "application/json");
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  const response = await fetch(`${realBackend.url()}/api/v1${path}`, {
    method,
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  return response;
}

/** Signs an account up straight at FastAPI, for tests about something else than signing up. */
export async function createAccount(account: NewAccount = newAccount()): Promise<NewAccount> {
  const response = await api("POST", "/user", { json: account });
  expect(response.status, await response.clone().text()).toBe(201);
  return account;
}

/** Writes posts straight at FastAPI (no page has cached this user's list yet, so no cache is involved). */
export async function writePosts(account: NewAccount, titles: string[]): Promise<void> {
  const login = await fetch(`${realBackend.url()}/api/v1/login`, {
    method: "POST",
    body: new URLSearchParams({ username: account.username, password: account.password }),
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  for (const title of titles) {
    const response = await api("POST", `/${account.username}/post`, {
      token,
      json: { title, text: `${title}.` },
    });
    expect(response.status).toBe(201);
  }
}

/** The superuser's display name, as the header shows it. */
export async function adminName(): Promise<string> {
  const response = await api("GET", `/user/${realBackend.admin().username}`);
  return ((await response.json()) as { name: string }).name;
}

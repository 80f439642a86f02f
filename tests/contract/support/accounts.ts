// Users the suite creates for itself (random names), and logging in as them or as the superuser.
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { components } from "@/lib/api/schema";
import { call } from "./http";
import { target } from "./target";

export type UserRead = components["schemas"]["UserRead"];

export interface Account {
  name: string;
  username: string;
  email: string;
  password: string;
}

export interface Session {
  username: string;
  accessToken: string;
  refreshToken: string;
}

/** Lowercase letters and digits, as usernames must be; unique enough to share a real backend. */
export const uniqueName = (prefix: string) => `${prefix}${randomBytes(6).toString("hex")}`;

export function newAccount(): Account {
  const username = uniqueName("ct");
  return {
    name: "Contract Tester",
    username,
    email: `${username}@example.com`,
    password: "Passw0rd!Passw0rd",
  };
}

export async function register(account: Account = newAccount()): Promise<UserRead> {
  const response = await call("POST", "/api/v1/user", { json: account });
  expect(response.status).toBe(201);
  return (await response.json()) as UserRead;
}

/** The refresh token out of the /login Set-Cookie header. */
function refreshTokenFrom(response: Response): string {
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith("refresh_token="));
  const token = cookie?.slice("refresh_token=".length).split(";")[0];
  if (!token) throw new Error("No refresh_token cookie in the response");
  return token;
}

export async function logIn(identifier: string, password: string): Promise<Session> {
  const response = await call("POST", "/api/v1/login", { form: { username: identifier, password } });
  expect(response.status).toBe(200);
  const { access_token } = (await response.json()) as { access_token: string };
  return { username: identifier, accessToken: access_token, refreshToken: refreshTokenFrom(response) };
}

/** A fresh user, signed up and logged in. */
export async function signUp(): Promise<Session & { account: Account; user: UserRead }> {
  const account = newAccount();
  const user = await register(account);
  return { ...(await logIn(account.username, account.password)), account, user };
}

export const logInAsAdmin = () => logIn(target.admin.username, target.admin.password);

/**
 * Tokens minted in the same second are identical, so revoking one admin token revokes every admin token of
 * that second. Tests that revoke the superuser's token wait for the next second before anyone logs in again.
 */
export async function waitForNextSecond(): Promise<void> {
  // eslint-disable-next-line no-restricted-syntax -- the real backend's clock cannot be moved: only time makes a new second.
  await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 10));
}

// Users and signed-in sessions for the bench: accounts made at the backend, sessions made by the app's login action.
import { readFile } from "node:fs/promises";

export interface Credentials {
  username: string;
  password: string;
}

export interface ActionIds {
  login: string;
  logout: string;
}

const PASSWORD = "Bench-Passw0rd";

/** Server action ids of this build, from the manifest `next build` writes. */
export async function readActionIds(): Promise<ActionIds> {
  const manifest = JSON.parse(await readFile(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const idOf = (exportedName: string) => {
    const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
    if (!entry) throw new Error(`${exportedName} is not in the server reference manifest`);
    return entry[0];
  };
  return { login: idOf("loginAction"), logout: idOf("logoutAction") };
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Creates `count` accounts named `<prefix>0`, `<prefix>1`… at the backend. Distinct users matter: FastAPI's
 * tokens carry only `sub`, `exp` and the type, so one user's sessions minted in the same second hold identical
 * tokens, and logging one out would revoke the others.
 */
export async function createUsers(backendUrl: string, prefix: string, count: number): Promise<Credentials[]> {
  const users = Array.from({ length: count }, (_, index) => ({
    username: `${prefix}${index}`,
    password: PASSWORD,
  }));
  await mapConcurrently(users, 16, async ({ username, password }) => {
    const response = await fetch(`${backendUrl}/api/v1/user`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: `Bench ${username}`,
        username,
        email: `${username}@example.com`,
        password,
      }),
    });
    if (response.status !== 201) throw new Error(`creating ${username} answered ${response.status}`);
  });
  return users;
}

/** A multipart body with a fixed boundary (the fields are plain text). */
const BOUNDARY = "----BenchFormBoundary7MA4YWxkTrZu0gW";
const multipart = (fields: readonly (readonly [string, string])[]) =>
  fields
    .map(
      ([name, value]) =>
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join("") + `--${BOUNDARY}--\r\n`;

/**
 * The request a browser sends to run the login action from the hydrated login form (no `next`): React encodes the
 * action's arguments, (previous state, FormData), as multipart: part `0` lists them, `$K1` refers to the form's
 * fields, sent with the prefix `_1_`.
 */
export function loginActionRequest(actionId: string, origin: string, credentials: Credentials) {
  return {
    method: "POST" as const,
    path: "/login",
    headers: {
      "next-action": actionId,
      "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
      accept: "text/x-component",
      origin,
    },
    // The server decodes parts as they stream in: `0` must come last, after the fields it refers to.
    body: multipart([
      ["_1_username", credentials.username],
      ["_1_password", credentials.password],
      ["0", JSON.stringify([null, "$K1"])],
    ]),
  };
}

/** The request a browser sends to run the logout action from the dashboard. */
export function logoutActionRequest(actionId: string, origin: string, cookie: string) {
  return {
    method: "POST" as const,
    path: "/dashboard",
    headers: {
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin,
      cookie,
    },
    body: "[]",
  };
}

/** Signs in through the app's login action and returns the session as a Cookie header. */
export async function signIn(
  appUrl: string,
  actionIds: ActionIds,
  credentials: Credentials,
): Promise<string> {
  const { method, path, headers, body } = loginActionRequest(actionIds.login, appUrl, credentials);
  const response = await fetch(`${appUrl}${path}`, { method, headers, body, redirect: "manual" });
  const answer = await response.text();
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
  if (!response.headers.get("x-action-redirect")?.startsWith("/dashboard") || cookies.length < 4) {
    throw new Error(
      `signing in ${credentials.username} failed (${response.status}): ${answer.slice(0, 300)}`,
    );
  }
  return cookies.join("; ");
}

/**
 * The session as a browser holds it once its access token has expired: the cookie's Max-Age is the token's own
 * lifetime, so the browser has dropped it and the proxy must refresh before rendering.
 */
export const withExpiredAccessToken = (cookie: string) =>
  cookie
    .split("; ")
    .filter((pair) => !pair.startsWith("access_token="))
    .join("; ");

/** One session per user, signed in a few at a time. */
export function signInAll(
  appUrl: string,
  actionIds: ActionIds,
  users: readonly Credentials[],
): Promise<string[]> {
  return mapConcurrently(users, 8, (user) => signIn(appUrl, actionIds, user));
}

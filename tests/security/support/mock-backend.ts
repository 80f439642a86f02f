// The embedded backend's control surface (tests/mocks/README.md), as the security tests use it.
import { suite } from "./app-env";

export type FaultMode = "off" | "error" | "hang" | "garbage";
export type CallCounts = Record<string, number>;

async function post(path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${suite.mockUrl()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response;
}

export const mockBackend = {
  reset: () => post("/__mock/reset"),
  /** `match` narrows the fault to routes whose key or path contains it, e.g. "/posts". */
  faults: (mode: FaultMode, match?: string) => post("/__mock/faults", { mode, match }),
  settings: (settings: { accessTokenTtlSeconds?: number; refreshTokenTtlSeconds?: number }) =>
    post("/__mock/settings", settings),
  stats: async (): Promise<CallCounts> =>
    (await (await fetch(`${suite.mockUrl()}/__mock/stats`)).json()) as CallCounts,
  /** Whether FastAPI knows a user by this username. */
  userExists: async (username: string): Promise<boolean> =>
    (await fetch(`${suite.mockUrl()}/api/v1/user/${encodeURIComponent(username)}`)).ok,
  /** Creates an account straight at FastAPI, for tests that need one of their own. */
  createUser: (user: { name: string; username: string; email: string; password: string }) =>
    post("/api/v1/user", user),
};

/** The calls made to one backend route between two snapshots. */
export const callsBetween = (before: CallCounts, after: CallCounts, route: string) =>
  (after[route] ?? 0) - (before[route] ?? 0);

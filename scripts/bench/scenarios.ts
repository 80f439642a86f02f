// What the bench loads: the app's pages and actions, and the backend's own /user/me/ for the overhead ratio.
import type { LoadRequest } from "./load";
import type { AppInstance, MockBackendServer } from "./servers";
import {
  createUsers,
  loginActionRequest,
  logoutActionRequest,
  signInAll,
  withExpiredAccessToken,
  type ActionIds,
  type Credentials,
} from "./sessions";

/** Everything scenarios share: the servers, this build's action ids and accounts made once. */
export interface BenchContext {
  app: AppInstance;
  backend: MockBackendServer;
  actionIds: ActionIds;
  /** Users the login action cycles through. */
  loginUsers: Credentials[];
  /** One signed-in session (Cookie header) whose access token stays valid for the whole bench. */
  validSession: string;
  /** Its access token, for calling the backend directly. */
  validAccessToken: string;
}

export interface Scenario {
  id: string;
  label: string;
  /** Where the requests go. */
  target: "app" | "backend";
  expectedStatus: number;
  /** The backend route counted per request, to show what one request costs and that it did what it claims. */
  backendRoute?: string;
  /** Sessions a scenario uses up are single-use: their runs are bounded by count rather than by time. */
  singleUse: boolean;
  /** Prepares one run of `requests` requests (untimed) and returns the request maker. */
  prepare(context: BenchContext, requests: number): Promise<() => LoadRequest>;
}

let batch = 0;
/** Fresh users for single-use sessions; usernames are [a-z0-9]{2,20} at FastAPI. */
const freshUsers = (context: BenchContext, count: number) =>
  createUsers(context.backend.url, `b${++batch}u`, count);

/**
 * What a connection builds once the pool is used up: autocannon builds one request ahead on each connection and
 * does not send it once the run's count is reached. Were one sent, it would fail (no such page) and be counted.
 */
const UNSENT_SPARE: LoadRequest = { method: "GET", path: "/__bench/unsent-spare" };

/** Turns each item of a single-use pool into one request, then hands out spares that are never sent. */
function fromPool<T>(items: readonly T[], toRequest: (item: T) => LoadRequest): () => LoadRequest {
  let next = 0;
  return () => {
    const item = items[next++];
    return item === undefined ? UNSENT_SPARE : toRequest(item);
  };
}

function cycle<T>(items: readonly T[]): () => T {
  let next = 0;
  return () => items[next++ % items.length] as T;
}

/**
 * Refresh sessions by pool size, signed in once and used by every run of that size: FastAPI's /refresh does not
 * rotate the refresh token, and the app's 10 s reuse window has long passed when the next run of the same
 * scenario comes round (the measured backend calls per request, 1, show that each request refreshed).
 */
const refreshSessions = new Map<number, string[]>();

export const scenarios: readonly Scenario[] = [
  {
    id: "login-page",
    label: "GET /login",
    target: "app",
    expectedStatus: 200,
    singleUse: false,
    prepare: () => Promise.resolve(() => ({ method: "GET", path: "/login" })),
  },
  {
    id: "dashboard",
    label: "GET /dashboard (valid token)",
    target: "app",
    expectedStatus: 200,
    backendRoute: "GET /api/v1/user/me/",
    singleUse: false,
    prepare: (context) =>
      Promise.resolve(() => ({
        method: "GET",
        path: "/dashboard",
        headers: { cookie: context.validSession },
      })),
  },
  {
    id: "dashboard-refresh",
    label: "GET /dashboard (token needs refresh)",
    target: "app",
    expectedStatus: 200,
    backendRoute: "POST /api/v1/refresh",
    singleUse: true,
    // One user per request: the app reuses a just-refreshed token for 10 s, so a shared session would
    // measure one refresh and many reuses.
    prepare: async (context, requests) => {
      let sessions = refreshSessions.get(requests);
      if (!sessions) {
        sessions = (
          await signInAll(context.app.url, context.actionIds, await freshUsers(context, requests))
        ).map(withExpiredAccessToken);
        refreshSessions.set(requests, sessions);
      }
      return fromPool(sessions, (cookie) => ({ method: "GET", path: "/dashboard", headers: { cookie } }));
    },
  },
  {
    id: "login-action",
    label: "login action",
    target: "app",
    expectedStatus: 200,
    backendRoute: "POST /api/v1/login",
    singleUse: false,
    prepare: (context) => {
      const user = cycle(context.loginUsers);
      return Promise.resolve(() => loginActionRequest(context.actionIds.login, context.app.url, user()));
    },
  },
  {
    id: "logout-action",
    label: "logout action",
    target: "app",
    expectedStatus: 200,
    backendRoute: "POST /api/v1/logout",
    singleUse: true,
    prepare: async (context, requests) => {
      const sessions = await signInAll(
        context.app.url,
        context.actionIds,
        await freshUsers(context, requests),
      );
      return fromPool(sessions, (cookie) =>
        logoutActionRequest(context.actionIds.logout, context.app.url, cookie),
      );
    },
  },
  {
    id: "backend-me",
    label: "backend GET /api/v1/user/me/ (direct)",
    target: "backend",
    expectedStatus: 200,
    backendRoute: "GET /api/v1/user/me/",
    singleUse: false,
    prepare: (context) =>
      Promise.resolve(() => ({
        method: "GET",
        path: "/api/v1/user/me/",
        headers: { authorization: `Bearer ${context.validAccessToken}` },
      })),
  },
];

/** The mix the memory check sends: every page, signed in or not, and the login action. */
export function mixedRequests(context: BenchContext, origin: string): () => LoadRequest {
  const user = cycle(context.loginUsers);
  const request = cycle<() => LoadRequest>([
    () => ({ method: "GET", path: "/" }),
    () => ({ method: "GET", path: "/login" }),
    () => ({ method: "GET", path: "/register" }),
    () => ({ method: "GET", path: "/dashboard", headers: { cookie: context.validSession } }),
    () => loginActionRequest(context.actionIds.login, origin, user()),
  ]);
  return () => request()();
}

// What the bench loads: the app's pages and actions, the floor's copies of two pages, and the backend's own /user/me/.
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
  /** The bare app with the same backend calls and content (scripts/bench/floor-app). */
  floor: AppInstance;
  backend: MockBackendServer;
  actionIds: ActionIds;
  /** Users the login action cycles through. */
  loginUsers: Credentials[];
  /**
   * The seeded `demo` user's session (Cookie header), whose access token stays valid for the whole bench. Like
   * real users, demo has a tier (the overview reads the tier list) and posts (the list page shows three).
   */
  validSession: string;
  /** Its access token, for calling the backend directly. */
  validAccessToken: string;
}

export interface Scenario {
  id: string;
  label: string;
  /** Where the requests go. */
  target: "app" | "floor" | "backend";
  expectedStatus: number;
  /**
   * The backend route counted per request, to show what one request costs and that it did what it claims;
   * ALL_BACKEND_ROUTES counts every call.
   */
  backendRoute?: string;
  /** Sessions a scenario uses up are single-use: their runs are bounded by count rather than by time. */
  singleUse: boolean;
  /** Prepares one run of `requests` requests (untimed) and returns the request maker. */
  prepare(context: BenchContext, requests: number): Promise<() => LoadRequest>;
}

export const ALL_BACKEND_ROUTES = "*";

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

/** A refresh session, and when a request last used it. */
interface RefreshSession {
  cookie: string;
  lastUsed: number;
}

/**
 * How long a refresh session rests before another run may use it: the app hands a just-refreshed token to the
 * same refresh token for 10 s (REUSE_WINDOW_MS in src/lib/auth/refresh-lifetimes.ts), plus a margin. FastAPI's
 * /refresh does not rotate the refresh token, so a rested session refreshes again, and sign-ins (the slow part
 * of preparing these runs) are not repeated for every run.
 */
const REFRESH_REST_MS = 15_000;
const refreshSessions: RefreshSession[] = [];

/** `count` sessions that have rested, signing in new users for any shortfall. */
async function restedRefreshSessions(context: BenchContext, count: number): Promise<RefreshSession[]> {
  const restedSince = Date.now() - REFRESH_REST_MS;
  const rested = refreshSessions.filter((session) => session.lastUsed < restedSince).slice(0, count);
  const missing = count - rested.length;
  if (missing > 0) {
    const cookies = await signInAll(context.app.url, context.actionIds, await freshUsers(context, missing));
    const added = cookies.map((cookie) => ({ cookie: withExpiredAccessToken(cookie), lastUsed: 0 }));
    refreshSessions.push(...added);
    rested.push(...added);
  }
  return rested;
}

/** GETs of `path` with the valid session; the floor reads the same cookies (only its access token). */
const signedInGet = (context: BenchContext, path: string) => (): LoadRequest => ({
  method: "GET",
  path,
  headers: { cookie: context.validSession },
});

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
    backendRoute: ALL_BACKEND_ROUTES,
    singleUse: false,
    prepare: (context) => Promise.resolve(signedInGet(context, "/dashboard")),
  },
  {
    id: "floor-dashboard",
    label: "floor: GET /dashboard",
    target: "floor",
    expectedStatus: 200,
    backendRoute: ALL_BACKEND_ROUTES,
    singleUse: false,
    prepare: (context) => Promise.resolve(signedInGet(context, "/dashboard")),
  },
  {
    id: "posts",
    label: "GET /dashboard/posts (valid token)",
    target: "app",
    expectedStatus: 200,
    backendRoute: ALL_BACKEND_ROUTES,
    singleUse: false,
    prepare: (context) => Promise.resolve(signedInGet(context, "/dashboard/posts")),
  },
  {
    id: "floor-posts",
    label: "floor: GET /dashboard/posts",
    target: "floor",
    expectedStatus: 200,
    backendRoute: ALL_BACKEND_ROUTES,
    singleUse: false,
    prepare: (context) => Promise.resolve(signedInGet(context, "/dashboard/posts")),
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
    prepare: async (context, requests) =>
      fromPool(await restedRefreshSessions(context, requests), (session) => {
        session.lastUsed = Date.now();
        return { method: "GET", path: "/dashboard", headers: { cookie: session.cookie } };
      }),
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

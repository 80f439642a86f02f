// `npm run bench`: the production build against the embedded backend (fixed latency) on loopback, measured, with
// the figures written to bench/results/latest.json and the tables of docs/performance.md.
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";

import { chromium } from "@playwright/test";

import { chromiumArgs, chromiumPath } from "../../tests/setup/chromium";
import { SEED_DEMO } from "../../tests/fixtures/seed";
import { freePort, stopAllProcesses, stopProcessesOnExit, type ManagedProcess } from "../lib/processes";
import { startNginx } from "../lib/nginx";
import { startRedis } from "../lib/redis";
import { measureFirstLoadJs } from "./bundle";
import { treeCpuMs } from "./cpu";
import { buildFloor, startFloor } from "./floor";
import { runLoad, type LoadResult } from "./load";
import { describeMachine } from "./machine";
import { measureMemory } from "./memory-growth";
import { measureRefreshBurst } from "./refresh-burst";
import { writeReport, type BenchResults, type FloorComparison, type LoadFigures } from "./report";
import { ALL_BACKEND_ROUTES, scenarios, type BenchContext, type Scenario } from "./scenarios";
import type { RedisOverhead } from "./report";
import { buildApp, startAppInstance, startMockBackend, type AppInstance } from "./servers";
import { createUsers, readActionIds, signIn } from "./sessions";
import { median, round } from "./statistics";

const BACKEND_LATENCY_MS = 20;
const RUNS = 3;
const CONCURRENCIES = [1, 10, 50] as const;
const TIMED_RUN_SECONDS = 2;
const TIMED_RUN_MAX_REQUESTS = 5_000;
/** Single-use sessions cost a sign-in each, so those runs are bounded by count (with a time cap). */
const singleUseRequests = (connections: number) => Math.max(30, 3 * connections);
/**
 * Requests cut off by a run's end are still being served; their backend calls land after it. Counts are read
 * once the backend has seen no call for SETTLE_QUIET_MS (at most SETTLE_MAX_MS): a fixed 1.5 s cost every run.
 */
const SETTLE_QUIET_MS = 400;
const SETTLE_MAX_MS = 3_000;
const SINGLE_USE_MAX_SECONDS = 30;
const BURSTS = [20, 100] as const;
const LOGIN_USERS = 200;
const SCALE_OUT_CONNECTIONS = 50;

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function createContext(
  app: AppInstance,
  floor: AppInstance,
  backend: BenchContext["backend"],
): Promise<BenchContext> {
  const actionIds = await readActionIds();
  const loginUsers = await createUsers(backend.url, "login", LOGIN_USERS);
  const validSession = await signIn(app.url, actionIds, SEED_DEMO);
  const validAccessToken = /(?:^|; )access_token=([^;]+)/.exec(validSession)?.[1];
  if (!validAccessToken) throw new Error("the valid session has no access token");
  return { app, floor, backend, actionIds, loginUsers, validSession, validAccessToken };
}

/** The server a scenario loads. */
function targetOf(context: BenchContext, scenario: Scenario): { url: string; process: ManagedProcess } {
  return context[scenario.target];
}

/** Backend calls between two readings of its counters: one route's, or all of them. */
function callsBetween(before: Record<string, number>, after: Record<string, number>, route: string): number {
  const routes = route === ALL_BACKEND_ROUTES ? Object.keys(after) : [route];
  return routes.reduce((total, key) => total + (after[key] ?? 0) - (before[key] ?? 0), 0);
}

/** One run of one scenario at one concurrency, with the backend calls it caused. */
async function runScenario(context: BenchContext, scenario: Scenario, connections: number) {
  const requests = scenario.singleUse ? singleUseRequests(connections) : TIMED_RUN_MAX_REQUESTS;
  const nextRequest = await scenario.prepare(context, requests);
  const target = targetOf(context, scenario);
  const before = await context.backend.stats();
  const cpuBefore = await treeCpuMs(target.process.pid);
  const result = await runLoad({
    origin: target.url,
    connections,
    maxRequests: requests,
    maxSeconds: scenario.singleUse ? SINGLE_USE_MAX_SECONDS : TIMED_RUN_SECONDS,
    nextRequest,
    expectedStatus: scenario.expectedStatus,
  });
  // Settled, so that requests cut off by the run's end have finished using CPU and calling the backend.
  const after = await settledStats(context.backend);
  const cpuMsPerRequest = ((await treeCpuMs(target.process.pid)) - cpuBefore) / result.sent;
  const route = scenario.backendRoute;
  const backendCalls = route === undefined ? undefined : callsBetween(before, after, route);
  return { result, cpuMsPerRequest, backendCalls };
}

/** The backend's call counts once they have stopped moving. */
async function settledStats(backend: BenchContext["backend"]): Promise<Record<string, number>> {
  const deadline = Date.now() + SETTLE_MAX_MS;
  let last = await backend.stats();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_QUIET_MS));
    const now = await backend.stats();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

interface ScenarioRun {
  result: LoadResult;
  cpuMsPerRequest: number;
  backendCalls?: number;
}

function medianFigures(scenario: Scenario, connections: number, runs: ScenarioRun[]): LoadFigures {
  const of = (pick: (result: LoadResult) => number) => round(median(runs.map((run) => pick(run.result))));
  const callsPerRequest = runs.map((run) =>
    run.backendCalls === undefined ? Number.NaN : run.backendCalls / run.result.sent,
  );
  return {
    scenario: scenario.id,
    label: scenario.label,
    connections,
    p50Ms: of((result) => result.p50Ms),
    p95Ms: of((result) => result.p95Ms),
    p99Ms: of((result) => result.p99Ms),
    requestsPerSecond: of((result) => result.requestsPerSecond),
    cpuMsPerRequest: round(median(runs.map((run) => run.cpuMsPerRequest)), 2),
    backendCallsPerRequest:
      scenario.backendRoute === undefined ? undefined : round(median(callsPerRequest), 2),
    failures: runs.reduce((total, run) => total + run.result.failures, 0),
  };
}

/** Runs are interleaved (run 1 of everything, then run 2…) so a slow moment of a shared machine hits all alike. */
async function measureLoad(context: BenchContext): Promise<LoadFigures[]> {
  log("warming up");
  for (const scenario of scenarios.filter((candidate) => !candidate.singleUse)) {
    const nextRequest = await scenario.prepare(context, 0);
    await runLoad({
      origin: targetOf(context, scenario).url,
      connections: 10,
      maxRequests: 500,
      maxSeconds: 2,
      nextRequest,
      expectedStatus: 200,
    });
  }
  const runs = new Map<string, ScenarioRun[]>();
  for (let run = 1; run <= RUNS; run++) {
    for (const scenario of scenarios) {
      for (const connections of CONCURRENCIES) {
        log(`run ${run}/${RUNS}: ${scenario.label}, concurrency ${connections}`);
        const key = `${scenario.id}@${connections}`;
        runs.set(key, [...(runs.get(key) ?? []), await runScenario(context, scenario, connections)]);
      }
    }
  }
  return scenarios.flatMap((scenario) =>
    CONCURRENCIES.map((connections) =>
      medianFigures(scenario, connections, runs.get(`${scenario.id}@${connections}`) ?? []),
    ),
  );
}

function overheadOf(load: LoadFigures[]): BenchResults["overhead"] {
  return CONCURRENCIES.map((connections) => {
    const find = (id: string) =>
      load.find((entry) => entry.scenario === id && entry.connections === connections);
    const dashboardP50Ms = find("dashboard")?.p50Ms ?? Number.NaN;
    const backendP50Ms = find("backend-me")?.p50Ms ?? Number.NaN;
    return { connections, dashboardP50Ms, backendP50Ms, ratio: round(dashboardP50Ms / backendP50Ms, 2) };
  });
}

/** The pages measured against the floor: our scenario and the floor's, per concurrency. */
const FLOOR_PAIRS = [
  { page: "/dashboard", app: "dashboard", floor: "floor-dashboard" },
  { page: "/dashboard/posts", app: "posts", floor: "floor-posts" },
] as const;

function floorComparisonOf(load: LoadFigures[]): FloorComparison[] {
  const find = (id: string, connections: number) =>
    load.find((entry) => entry.scenario === id && entry.connections === connections);
  return FLOOR_PAIRS.flatMap((pair) =>
    CONCURRENCIES.flatMap((connections) => {
      const app = find(pair.app, connections);
      const floor = find(pair.floor, connections);
      if (!app || !floor) return [];
      return [
        {
          page: pair.page,
          connections,
          app,
          floor,
          throughputRatio: round(app.requestsPerSecond / floor.requestsPerSecond, 2),
          p50DifferenceMs: round(app.p50Ms - floor.p50Ms),
        },
      ];
    }),
  );
}

async function measureRefreshAmplification(
  context: BenchContext,
  origin: string,
  instances: number,
  redis = false,
) {
  const figures: BenchResults["refreshAmplification"] = [];
  for (const burst of BURSTS) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measureRefreshBurst(context, origin, burst));
    figures.push({
      burst,
      instances,
      redis,
      refreshCalls: runs.map((run) => run.refreshCalls),
      failures: runs.reduce((total, run) => total + run.failures, 0),
    });
  }
  return figures;
}

async function measureBundle(context: BenchContext): Promise<BenchResults["bundle"]> {
  const barePage = "/";
  const measured = await measureFirstLoadJs(context.app.url, [
    { path: barePage },
    { path: "/login" },
    { path: "/register" },
    { path: "/dashboard", cookie: context.validSession },
  ]);
  const bare = measured.find((page) => page.path === barePage)?.gzipBytes ?? 0;
  return {
    barePage,
    pages: measured.map((page) => ({
      path: page.path,
      scripts: page.scripts,
      gzipKb: round(page.gzipBytes / 1024),
      overBareKb: round((page.gzipBytes - bare) / 1024),
    })),
  };
}

async function measureScaleOut(context: BenchContext, instancePorts: readonly number[]) {
  const fronts = [
    { instances: 1, front: await startNginx(await freePort(), instancePorts.slice(0, 1)) },
    { instances: 2, front: await startNginx(await freePort(), instancePorts) },
  ];
  const routes: { label: string; path: string; headers: Record<string, string> }[] = [
    { label: "GET /dashboard (valid token)", path: "/dashboard", headers: { cookie: context.validSession } },
    { label: "GET /login", path: "/login", headers: {} },
  ];
  const runs = new Map<string, LoadResult[]>();
  for (let run = 1; run <= RUNS; run++) {
    for (const route of routes) {
      for (const { instances, front } of fronts) {
        log(`run ${run}/${RUNS}: ${route.label} through nginx, ${instances} instance(s)`);
        const result = await runLoad({
          origin: front.url,
          connections: SCALE_OUT_CONNECTIONS,
          maxRequests: TIMED_RUN_MAX_REQUESTS,
          maxSeconds: TIMED_RUN_SECONDS,
          nextRequest: () => ({ method: "GET", path: route.path, headers: route.headers }),
          expectedStatus: 200,
        });
        const key = `${route.label}@${instances}`;
        runs.set(key, [...(runs.get(key) ?? []), result]);
      }
    }
  }
  log("refresh amplification through nginx, 2 instances");
  const refresh = await measureRefreshAmplification(context, fronts[1]?.front.url ?? "", 2);
  for (const { front } of fronts) await front.stop();
  const scaleOut = routes.flatMap((route) =>
    fronts.map(({ instances }) => {
      const results = runs.get(`${route.label}@${instances}`) ?? [];
      const of = (pick: (result: LoadResult) => number) => round(median(results.map(pick)));
      return {
        label: route.label,
        connections: SCALE_OUT_CONNECTIONS,
        instances,
        requestsPerSecond: of((result) => result.requestsPerSecond),
        p50Ms: of((result) => result.p50Ms),
        p99Ms: of((result) => result.p99Ms),
      };
    }),
  );
  return { scaleOut, refresh };
}

/** Refresh amplification through nginx over two instances that share Redis (target: 1 for the whole fleet). */
async function measureFleetRefresh(context: BenchContext, instancePorts: readonly number[]) {
  const front = await startNginx(await freePort(), instancePorts);
  log("refresh amplification through nginx, 2 instances sharing Redis");
  const figures = await measureRefreshAmplification(context, front.url, 2, true);
  await front.stop();
  return figures;
}

/**
 * What Redis adds to a request that uses it: the login action (rate-limit reads and writes) and a dashboard whose
 * token needs a refresh (the fleet lock and the encrypted outcome), on an instance without Redis and on one with
 * it, interleaved run by run.
 */
async function measureRedisOverhead(
  context: BenchContext,
  withoutRedis: AppInstance,
  withRedis: AppInstance,
): Promise<RedisOverhead[]> {
  const compared = scenarios.filter((scenario) =>
    ["login-action", "dashboard-refresh"].includes(scenario.id),
  );
  const targets = [
    { redis: false, context: { ...context, app: withoutRedis } },
    { redis: true, context: { ...context, app: withRedis } },
  ];
  const connectionCounts = [1, 10] as const;
  const p50s = new Map<string, number[]>();
  const failures = new Map<string, number>();
  for (let run = 1; run <= RUNS; run++) {
    for (const scenario of compared) {
      for (const connections of connectionCounts) {
        for (const target of targets) {
          log(
            `run ${run}/${RUNS}: ${scenario.label}, concurrency ${connections}, Redis ${target.redis ? "on" : "off"}`,
          );
          const { result } = await runScenario(target.context, scenario, connections);
          const key = `${scenario.id}@${connections}@${target.redis}`;
          p50s.set(key, [...(p50s.get(key) ?? []), result.p50Ms]);
          failures.set(key, (failures.get(key) ?? 0) + result.failures);
        }
      }
    }
  }
  return compared.flatMap((scenario) =>
    connectionCounts.map((connections) => {
      const key = (redis: boolean) => `${scenario.id}@${connections}@${redis}`;
      const p50 = (redis: boolean) => round(median(p50s.get(key(redis)) ?? []));
      return {
        label: scenario.label,
        connections,
        withoutRedisP50Ms: p50(false),
        withRedisP50Ms: p50(true),
        differenceMs: round(p50(true) - p50(false)),
        failures: (failures.get(key(false)) ?? 0) + (failures.get(key(true)) ?? 0),
      };
    }),
  );
}

async function chromiumVersion(): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const version = browser.version();
  await browser.close();
  return version;
}

const loadAverage = () => loadavg().map((value) => round(value, 2));

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = loadAverage();
  const secret = randomBytes(32).toString("base64url");
  log(`embedded backend with ${BACKEND_LATENCY_MS} ms latency`);
  const backend = await startMockBackend(BACKEND_LATENCY_MS);
  const redis = await startRedis();
  if (process.env.BENCH_SKIP_BUILD) log("reusing the existing .next build (BENCH_SKIP_BUILD)");
  else {
    log("npm run build");
    await buildApp();
  }
  log("next build of the floor");
  const floorBuild = await buildFloor();
  const first = await startAppInstance(backend.url, secret);
  const floor = await startFloor(floorBuild, backend.url);
  const context = await createContext(first, floor, backend);

  const load = await measureLoad(context);
  await floor.process.stop();
  await floorBuild.remove();
  log("refresh amplification, 1 instance");
  const refreshOnOne = await measureRefreshAmplification(context, first.url, 1);
  log("first-load JS in Chromium");
  const bundle = await measureBundle(context);

  const second = await startAppInstance(backend.url, secret);
  const { scaleOut, refresh: refreshOnTwo } = await measureScaleOut(context, [first.port, second.port]);
  await second.process.stop();

  const sharingRedis = { env: { REDIS_URL: redis.url } };
  const fleet = [
    await startAppInstance(backend.url, secret, sharingRedis),
    await startAppInstance(backend.url, secret, sharingRedis),
  ];
  const refreshOnFleet = await measureFleetRefresh(
    context,
    fleet.map((instance) => instance.port),
  );
  const redisOverhead = await measureRedisOverhead(context, first, fleet[0] ?? first);
  for (const instance of fleet) await instance.process.stop();
  await first.process.stop();

  log("memory, on a fresh instance");
  const memory = await measureMemory(
    context,
    (options) => startAppInstance(backend.url, secret, options),
    log,
  );

  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    machine: describeMachine(await chromiumVersion()),
    command: process.env.BENCH_SKIP_BUILD ? "BENCH_SKIP_BUILD=1 npm run bench" : "npm run bench",
    settings: { backendLatencyMs: BACKEND_LATENCY_MS, runs: RUNS, secondsPerTimedRun: TIMED_RUN_SECONDS },
    loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
    durationSeconds: Math.round((Date.now() - started) / 1000),
    load,
    overhead: overheadOf(load),
    floor: floorComparisonOf(load),
    refreshAmplification: [...refreshOnOne, ...refreshOnTwo, ...refreshOnFleet],
    redisOverhead,
    bundle,
    memory,
    scaleOut,
  };
  await writeReport(results);
  log(`done in ${results.durationSeconds} s: bench/results/latest.json and docs/performance.md`);
}

stopProcessesOnExit();
try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stopAllProcesses();
}

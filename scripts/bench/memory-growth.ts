// The memory phase: a fresh app server under a fixed heap limit, its RSS and live heap idle, after a warm-up and
// at checkpoints of mixed load, to tell a leak (live heap keeps growing) from V8 filling a roomy heap lazily.
import { createHeapProbe } from "./heap-probe";
import { runLoad } from "./load";
import { treeMemory } from "./memory";
import type { BenchResults } from "./report";
import { mixedRequests, type BenchContext } from "./scenarios";
import type { AppInstance, InstanceOptions } from "./servers";
import { round } from "./statistics";

/**
 * Without a limit V8 sizes the old space from the machine's memory (GBs here) and grows into it long before it
 * collects hard, so RSS climbs for thousands of requests whatever the app keeps. A cap well above the live heap
 * (about 55 MB) makes RSS show what the app needs; a leak would show as a live heap that keeps growing, then a crash.
 */
const HEAP_LIMIT_MB = 128;
const WARMUP_REQUESTS = 1_000;
const REQUESTS = 3_000;
const CHECKPOINTS = 3;
const CONNECTIONS = 10;
const MAX_SECONDS_PER_CHECKPOINT = 60;
/** Lets the start-up's own allocations settle before the idle reading. */
const IDLE_WAIT_MS = 1_000;

type Memory = BenchResults["memory"];

const changePercent = (from: number, to: number) => round(((to - from) / from) * 100);

export async function measureMemory(
  context: BenchContext,
  startInstance: (options: InstanceOptions) => Promise<AppInstance>,
  log: (message: string) => void,
): Promise<Memory> {
  const probe = await createHeapProbe(HEAP_LIMIT_MB);
  const instance = await startInstance({ nodeArgs: probe.nodeArgs, env: probe.env });
  try {
    const pid = instance.process.pid;
    // RSS first: the probe's full GC would tidy up what the load left behind.
    const reading = async () => {
      const { rssMb, processes } = await treeMemory(pid);
      const { heapUsedMb, heapLimitMb } = await probe.read(pid);
      return { rssMb, heapUsedMb, heapLimitMb, processes };
    };
    const nextRequest = mixedRequests(context, instance.url);
    const send = async (requests: number) => {
      const result = await runLoad({
        origin: instance.url,
        connections: CONNECTIONS,
        maxRequests: requests,
        maxSeconds: MAX_SECONDS_PER_CHECKPOINT,
        nextRequest,
        expectedStatus: 200,
      });
      if (result.failures > 0) throw new Error(`${result.failures} mixed requests failed`);
    };

    await new Promise((resolve) => setTimeout(resolve, IDLE_WAIT_MS));
    const idle = await reading();
    log(`memory: ${WARMUP_REQUESTS} mixed requests to warm up`);
    await send(WARMUP_REQUESTS);
    const afterWarmup = await reading();
    const checkpoints: Memory["checkpoints"] = [];
    const perCheckpoint = REQUESTS / CHECKPOINTS;
    for (let checkpoint = 1; checkpoint <= CHECKPOINTS; checkpoint++) {
      log(`memory: ${checkpoint * perCheckpoint} of ${REQUESTS} mixed requests after the warm-up`);
      await send(perCheckpoint);
      const { rssMb, heapUsedMb } = await reading();
      checkpoints.push({ requests: checkpoint * perCheckpoint, rssMb, heapUsedMb });
    }
    const last = checkpoints.at(-1) ?? afterWarmup;
    return {
      maxOldSpaceMb: HEAP_LIMIT_MB,
      heapLimitMb: idle.heapLimitMb,
      processes: idle.processes,
      idle: { rssMb: idle.rssMb, heapUsedMb: idle.heapUsedMb },
      afterWarmup: { rssMb: afterWarmup.rssMb, heapUsedMb: afterWarmup.heapUsedMb },
      checkpoints,
      rssChangePercent: changePercent(afterWarmup.rssMb, last.rssMb),
      heapChangePercent: changePercent(afterWarmup.heapUsedMb, last.heapUsedMb),
    };
  } finally {
    await instance.process.stop();
    await probe.dispose();
  }
}

// Live-heap readings of the app server under a fixed heap limit, through the preloaded heap-probe-preload.mjs.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PRELOAD = fileURLToPath(new URL("./heap-probe-preload.mjs", import.meta.url));
const READING_TIMEOUT_MS = 10_000;

interface HeapReading {
  /** Heap still reachable after a full GC. */
  heapUsedMb: number;
  /** V8's heap size limit (old space plus young generation), as the process reports it. */
  heapLimitMb: number;
}

export interface HeapProbe {
  /** Node options for the measured process. */
  nodeArgs: string[];
  /** Environment for the measured process. */
  env: Record<string, string>;
  /** Asks the process (by pid) for a reading and waits for it. */
  read(pid: number): Promise<HeapReading>;
  dispose(): Promise<void>;
}

const toMb = (bytes: number) => Math.round(bytes / 104_857.6) / 10;

/** A probe for one process whose old space is capped at `maxOldSpaceMb`. */
export async function createHeapProbe(maxOldSpaceMb: number): Promise<HeapProbe> {
  const dir = await mkdtemp(join(tmpdir(), "bench-heap-"));
  const file = join(dir, "heap.json");
  let readings = 0;

  const current = async () => {
    try {
      return JSON.parse(await readFile(file, "utf8")) as {
        reading: number;
        heapUsed: number;
        heapLimit: number;
      };
    } catch {
      return undefined;
    }
  };

  return {
    nodeArgs: [`--max-old-space-size=${maxOldSpaceMb}`, "--expose-gc", "--import", PRELOAD],
    env: { BENCH_HEAP_PROBE_FILE: file },
    async read(pid) {
      const wanted = ++readings;
      process.kill(pid, "SIGUSR2");
      const deadline = Date.now() + READING_TIMEOUT_MS;
      while (Date.now() < deadline) {
        const figures = await current();
        if (figures?.reading === wanted) {
          return { heapUsedMb: toMb(figures.heapUsed), heapLimitMb: toMb(figures.heapLimit) };
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no heap reading from pid ${pid} within ${READING_TIMEOUT_MS} ms`);
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

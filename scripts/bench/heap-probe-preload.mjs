// Preloaded into the measured app server (node --import): on SIGUSR2, a full GC, then the heap figures to a file.
import { renameSync, writeFileSync } from "node:fs";
import { getHeapStatistics } from "node:v8";

const file = process.env.BENCH_HEAP_PROBE_FILE;
let reading = 0;

if (file) {
  process.on("SIGUSR2", () => {
    // Collect first (node --expose-gc), so the figure is what is still reachable: garbage V8 has not yet
    // bothered to collect is not a leak, and it is most of what RSS shows under a roomy heap.
    globalThis.gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    const figures = { reading: ++reading, heapUsed, rss, heapLimit: getHeapStatistics().heap_size_limit };
    // Through a temp file, so the bench never reads half a reading.
    writeFileSync(`${file}.tmp`, JSON.stringify(figures));
    renameSync(`${file}.tmp`, file);
  });
}

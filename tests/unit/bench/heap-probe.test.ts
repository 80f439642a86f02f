// The bench's heap probe against a real Node process: readings on demand, after a GC, under the stated limit.
import { spawn } from "node:child_process";

import { afterEach, describe, expect, it } from "vitest";

import { createHeapProbe, type HeapProbe } from "../../../scripts/bench/heap-probe";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A Node process that idles with the probe preloaded, and resolves once the probe is listening. */
async function probedProcess(probe: HeapProbe) {
  const child = spawn(
    process.execPath,
    [...probe.nodeArgs, "-e", "console.log('ready'); setInterval(() => {}, 1000);"],
    { env: { ...process.env, ...probe.env }, stdio: ["ignore", "pipe", "inherit"] },
  );
  cleanups.push(() => void child.kill("SIGKILL"));
  // The preload runs before the script, so the script's first output means the handler is installed.
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  return child.pid as number;
}

describe("createHeapProbe", () => {
  it("reads the live heap and the heap limit of a process started with its options, as often as asked", async () => {
    const probe = await createHeapProbe(64);
    cleanups.push(() => probe.dispose());
    expect(probe.nodeArgs).toEqual(expect.arrayContaining(["--max-old-space-size=64", "--expose-gc"]));
    const pid = await probedProcess(probe);

    const first = await probe.read(pid);
    const second = await probe.read(pid);

    for (const reading of [first, second]) {
      expect(reading.heapUsedMb).toBeGreaterThan(0);
      expect(reading.heapUsedMb).toBeLessThan(64);
      // Old space capped at 64 MB, plus the young generation V8 adds on top.
      expect(reading.heapLimitMb).toBeGreaterThanOrEqual(64);
      expect(reading.heapLimitMb).toBeLessThan(128);
    }
  });
});

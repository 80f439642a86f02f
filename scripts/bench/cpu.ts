// CPU time a process tree has used so far (user + system), read from /proc, for CPU time per request.
import { readFile } from "node:fs/promises";

import { processTree } from "./memory";

/** Linux reports utime and stime in clock ticks of 1/100 s (USER_HZ), the same on every architecture. */
const TICKS_PER_SECOND = 100;

async function cpuTicks(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name's closing ")": state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Milliseconds of CPU used by `root` and its descendants alive now. */
export async function treeCpuMs(root: number): Promise<number> {
  const ticks = await Promise.all((await processTree(root)).map(cpuTicks));
  return (ticks.reduce((total, value) => total + value, 0) * 1000) / TICKS_PER_SECOND;
}

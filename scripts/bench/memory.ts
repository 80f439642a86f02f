// Resident memory of a process and every descendant (a server may fork workers), read from /proc.
import { readdir, readFile } from "node:fs/promises";

async function parentOf(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses; fields after its closing ")" are fixed.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

async function rssKb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The pids of `root` and all its descendants alive now. */
export async function processTree(root: number): Promise<number[]> {
  const pids = (await readdir("/proc")).filter((name) => /^\d+$/.test(name)).map(Number);
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = await parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: number[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    tree.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export interface TreeMemory {
  processes: number;
  rssMb: number;
}

/** Summed RSS of the tree (shared pages count once per process, so this is an upper bound). */
export async function treeMemory(root: number): Promise<TreeMemory> {
  const tree = await processTree(root);
  const kilobytes = (await Promise.all(tree.map(rssKb))).reduce((total, value) => total + value, 0);
  return { processes: tree.length, rssMb: Math.round(kilobytes / 102.4) / 10 };
}

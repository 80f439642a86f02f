// Child processes for the bench and the nginx front: each in its own process group, all stopped on exit or Ctrl-C.
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";

export { freePort } from "../../tests/setup/free-port";

const STOP_GRACE_MS = 5_000;
const OUTPUT_TAIL_LINES = 40;

export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  isRunning(): boolean;
  /** Resolves with the exit code (null when a signal ended it). */
  exitCode(): Promise<number | null>;
  /** SIGKILL at once, for a process that is exiting and cannot wait. */
  killNow(): void;
  /** The last lines it printed, for error messages. */
  output(): string;
  /** SIGTERM to its whole process group, SIGKILL after a grace period; resolves once it has exited. */
  stop(): Promise<void>;
}

const running = new Set<ManagedProcess>();

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function signal(target: number, name: NodeJS.Signals): void {
  try {
    process.kill(target, name);
  } catch {
    // Already gone.
  }
}

export interface StartOptions {
  env?: Record<string, string>;
  /**
   * Stay in the caller's process group instead of leading a new one, so that whoever kills the caller's group
   * (Playwright stopping a web server) also kills this child.
   */
  inCallerGroup?: boolean;
}

/** Spawns `command`, by default in a new process group; its output is kept (tail only) instead of printed. */
export function startProcess(
  name: string,
  command: string,
  args: readonly string[],
  { env = {}, inCallerGroup = false }: StartOptions = {},
): ManagedProcess {
  const child = spawn(command, args, {
    detached: !inCallerGroup,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  if (child.pid === undefined) throw new Error(`${name} could not be started (${command})`);
  const pid = child.pid;
  // Negative pid: the whole group, so grandchildren (next-server, nginx workers) get the signal too.
  const target = inCallerGroup ? pid : -pid;
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - OUTPUT_TAIL_LINES));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => {
    if (hasExited(child)) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

  const managed: ManagedProcess = {
    name,
    killNow: () => signal(target, "SIGKILL"),
    pid,
    isRunning: () => !hasExited(child),
    exitCode: () => exited,
    output: () => lines.join("\n"),
    stop: async () => {
      running.delete(managed);
      if (!hasExited(child)) {
        signal(target, "SIGTERM");
        const killer = setTimeout(() => signal(target, "SIGKILL"), STOP_GRACE_MS);
        await exited;
        clearTimeout(killer);
      }
      // Whatever the leader left behind in its group.
      if (!inCallerGroup) signal(target, "SIGKILL");
    },
  };
  running.add(managed);
  return managed;
}

/** Polls `url` until it answers at all (any status); fails with the process's output if it dies first. */
export async function waitForHttp(url: string, owner: ManagedProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!owner.isRunning()) break;
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${owner.name} did not answer on ${url}:\n${owner.output()}`);
}

/** Whether something accepts TCP connections on `port` of loopback right now. */
function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port, timeout: 2_000 });
    const settle = (listening: boolean) => {
      socket.destroy();
      resolve(listening);
    };
    socket.once("connect", () => settle(true));
    socket.once("error", () => settle(false));
    socket.once("timeout", () => settle(false));
  });
}

/** Polls until `port` accepts connections; fails with the process's output if it dies first. */
export async function waitForPort(port: number, owner: ManagedProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && owner.isRunning()) {
    if (await isListening(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${owner.name} did not listen on port ${port}:\n${owner.output()}`);
}

/** Stops every process still running, in reverse start order. */
export async function stopAllProcesses(): Promise<void> {
  for (const managed of [...running].reverse()) await managed.stop();
}

/**
 * Ctrl-C, SIGTERM and any exit stop every child: signals wait for a clean stop, and a plain `exit` (which
 * cannot wait) sends SIGKILL to each remaining group.
 */
export function stopProcessesOnExit(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping ${running.size} process(es)`);
      void stopAllProcesses().finally(() => process.exit(130));
    });
  }
  process.once("exit", () => {
    for (const managed of running) managed.killNow();
  });
}

// Starts instances of the one production build's standalone server, each with its own settings and log file.
import { spawn, type ChildProcess } from "node:child_process";
import { openSync, closeSync } from "node:fs";
import { join } from "node:path";

import { listenOn, STANDALONE_SERVER } from "../../../scripts/lib/app-server";
import { freePort } from "../../setup/free-port";

interface RunningProcess {
  pid: number;
  stop(): Promise<void>;
}

export interface NextApp extends RunningProcess {
  url: string;
  port: number;
  /** Where the instance's stdout and stderr go; the leak scan reads every one of them. */
  logFile: string;
  /** Settles with the server's exit code (null when a signal ended it) whenever it exits. */
  exitCode: Promise<number | null>;
}

/** Waits until `url` answers at all (any status), or fails after `timeoutMs`. */
async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`${url} did not answer within ${timeoutMs} ms`, { cause: error });
      // eslint-disable-next-line no-restricted-syntax -- the pause between two polls of the condition, not a wait for it.
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Stops a process group we spawned (detached), politely first. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const force = setTimeout(() => process.kill(-pid, "SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    process.kill(-pid, "SIGTERM");
  });
}

/** Spawns `command` in its own process group, its output appended to `logFile`. */
function spawnLogged(
  command: string,
  args: string[],
  { env, logFile }: { env: NodeJS.ProcessEnv; logFile: string },
): ChildProcess {
  const log = openSync(logFile, "a");
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", log, log] });
  closeSync(log);
  return child;
}

export async function startNextApp(options: {
  name: string;
  logDir: string;
  /** The port to listen on; a free one when omitted (an https APP_URL must know its front's port first). */
  port?: number;
  env: Record<string, string>;
}): Promise<NextApp> {
  const port = options.port ?? (await freePort());
  const logFile = join(options.logDir, `${options.name}.log`);
  const child = spawnLogged(process.execPath, [STANDALONE_SERVER], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env, ...listenOn(port) },
    logFile,
  });
  const url = `http://127.0.0.1:${port}`;
  const exitCode = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const exitedEarly = exitCode.then((code) => {
    throw new Error(`${options.name} exited with ${code}; see ${logFile}`);
  });
  await Promise.race([waitForHttp(`${url}/`), exitedEarly]);
  return { url, port, logFile, exitCode, pid: child.pid ?? 0, stop: () => stopProcess(child) };
}

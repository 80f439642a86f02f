// Runs one command of the real-backend lane with its output shown, and fails the lane when it fails.
import { spawn } from "node:child_process";

export function run(command: string, args: string[], { env = {} }: { env?: Record<string, string> } = {}) {
  return new Promise<void>((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

// `npm test`: every suite that needs nothing beyond this repository, in phases. Checks that share nothing run side
// by side (two cores: two at a time), the browser suites share one `next build`, and each step's time is printed,
// so a slow run says where its time went.
import { spawn } from "node:child_process";

import { BUILD_COMMAND } from "./lib/app-server";

interface Step {
  name: string;
  command: string;
  env?: Record<string, string>;
}

/** Each phase's steps run at once; a phase starts when the one before it has passed. */
const PHASES: Step[][] = [
  // Single-threaded checks; `next typegen` writes into .next, so the build waits for the type check.
  [
    { name: "typecheck", command: "npm run typecheck" },
    { name: "lint + format", command: "npm run lint && npm run format:check" },
  ],
  [
    {
      // No configuration: the build bakes none in; each suite's instances read their own at start.
      name: "build",
      command: BUILD_COMMAND,
    },
    { name: "generator", command: "npm run test:generator" },
  ],
  [
    {
      // The contract suite on its own: its files share one backend and must not interleave with other tests.
      name: "vitest",
      command: "npx vitest run --project unit --project security && npm run test:contract",
    },
  ],
  // The browser suites one after the other, on the build above. Side by side they took as long in all (each
  // twice as long, 18 min together on 2 cores) and their sign-ins outgrew the 5 s a step may take.
  [{ name: "e2e (browser)", command: "npx playwright test", env: { E2E_SKIP_BUILD: "1" } }],
  [
    {
      name: "security (browser)",
      command: "npx playwright test -c playwright.security.config.ts",
      env: { E2E_SKIP_BUILD: "1" },
    },
  ],
];

const timings: string[] = [];
const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;

/** Runs one step in a shell; in a phase of several, each output line is prefixed with the step's name. */
function run(step: Step, prefixed: boolean): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("bash", ["-c", step.command], {
      stdio: prefixed ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...step.env, FORCE_COLOR: prefixed ? "0" : (process.env.FORCE_COLOR ?? "") },
    });
    if (prefixed) {
      for (const stream of [child.stdout, child.stderr]) {
        let pending = "";
        stream?.on("data", (chunk: Buffer) => {
          const lines = (pending + chunk.toString()).split("\n");
          pending = lines.pop() ?? "";
          for (const line of lines) console.log(`[${step.name}] ${line}`);
        });
        stream?.on("end", () => pending && console.log(`[${step.name}] ${pending}`));
      }
    }
    child.once("exit", (code) => {
      const passed = code === 0;
      timings.push(`${step.name}: ${seconds(started)}${passed ? "" : " (failed)"}`);
      console.log(
        `[test] ${step.name} ${passed ? "passed" : `failed (exit ${code})`} after ${seconds(started)}`,
      );
      resolve(passed);
    });
  });
}

const started = Date.now();
let failed = false;
for (const phase of PHASES) {
  const results = await Promise.all(phase.map((step) => run(step, phase.length > 1)));
  if (results.includes(false)) {
    failed = true;
    break;
  }
}
console.log(`\n[test] ${failed ? "FAILED" : "passed"} in ${seconds(started)}:\n  ${timings.join("\n  ")}`);
process.exit(failed ? 1 : 0);

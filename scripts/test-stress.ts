// `npm run test:stress`: the whole `npm test` on a machine kept busy beside it (stress-ng holding every core), with
// each browser test run three times, so a test that only passes on a quiet machine fails here instead of in CI.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";

import { startProcess, stopAllProcesses } from "./lib/processes";

const stressNg = process.env.STRESS_NG_PATH ?? "/usr/bin/stress-ng";
if (!existsSync(stressNg)) {
  console.error(
    `${stressNg} is missing: install Debian's stress-ng (apt-get install stress-ng) or set STRESS_NG_PATH`,
  );
  process.exit(1);
}

const cores = os.availableParallelism();
/** Each browser test this many times in a row (Playwright's repeatEach, read by the browser configs). */
const REPEAT_EACH = "3";

const load = startProcess("stress-ng", stressNg, ["--cpu", String(cores), "--quiet"]);
console.log(
  `[test:stress] stress-ng holds ${cores} cores (pid ${load.pid}); browser tests run ${REPEAT_EACH} times each`,
);

const started = Date.now();
const code = await new Promise<number | null>((resolve) => {
  const tests = spawn("npm", ["test"], {
    stdio: "inherit",
    env: { ...process.env, E2E_REPEAT_EACH: REPEAT_EACH },
  });
  tests.once("exit", resolve);
});
await stopAllProcesses();
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
  `[test:stress] npm test ${code === 0 ? "passed" : `failed (exit ${code})`} under load in ${minutes} min`,
);
process.exit(code ?? 1);

// `npm run test:generator`: the drift guard. In a throw-away copy of the project, generates the fixture resource
// (tests/fixtures/openapi/notes.json) and tasks, then typechecks, lints, format-checks and runs the generated tests.
import { execFile, spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { generate } from "./generate-resource/generate";

const execFileAsync = promisify(execFile);
const root = process.cwd();
const keep = process.argv.includes("--keep");

/** Runs a command in the copy, its output shown; rejects on a non-zero exit. */
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

/** The tracked files as they are in the working tree (so uncommitted changes are tested too). */
async function copyProject(target: string): Promise<void> {
  const { stdout } = await execFileAsync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  const files = stdout.split("\0").filter(Boolean);
  const directories = new Set(files.map((file) => path.dirname(file)));
  for (const directory of directories) await mkdir(path.join(target, directory), { recursive: true });
  await Promise.all(
    files.map((file) => copyFile(path.join(root, file), path.join(target, file)).catch((error: NodeJS.ErrnoException) => {
      // A file deleted in the working tree but still tracked is simply absent from the copy.
      if (error.code !== "ENOENT") throw error;
    })),
  );
  await symlink(path.join(root, "node_modules"), path.join(target, "node_modules"), "dir");
}

const started = Date.now();
const copy = await mkdtemp(path.join(os.tmpdir(), "generator-check-"));
try {
  await copyProject(copy);
  const written: string[] = [];
  const log = (line: string) => console.log(line);
  written.push(...(await generate({ tag: "notes", openapi: "tests/fixtures/openapi/notes.json", dryRun: false, root: copy, log })));
  written.push(...(await generate({ tag: "tasks", dryRun: false, root: copy, log })));

  const sources = written.filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith(".d.ts"));
  const unitTests = sources.filter((file) => file.startsWith("tests/unit/"));
  await run("npx", ["next", "typegen"], copy, { SKIP_ENV_VALIDATION: "1" });
  await run("npx", ["tsc", "--noEmit"], copy);
  await run("npx", ["eslint", "--max-warnings=0", ...sources], copy);
  await run("npx", ["prettier", "--check", ...written.filter((file) => !file.endsWith(".d.ts") && !file.endsWith(".json"))], copy);
  await run("npx", ["vitest", "run", "--project", "unit", ...unitTests], copy);
  console.log(`Generator check passed in ${((Date.now() - started) / 1000).toFixed(1)} s (${copy}).`);
} finally {
  if (keep) console.log(`Kept ${copy}`);
  else await rm(copy, { recursive: true, force: true });
}

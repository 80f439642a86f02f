// `npm run test:generator`: the drift guard. In a throw-away copy of the project, generates every fixture resource
// (tests/fixtures/openapi/*.json) and tasks, then typechecks, lints, format-checks and runs the generated tests.
import { execFile, spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { generate } from "./generate-resource/generate";
import { parseDocument } from "./generate-resource/openapi";
import { REGISTRIES } from "./generate-resource/registries";

const execFileAsync = promisify(execFile);
const root = process.cwd();
const keep = process.argv.includes("--keep");
const FIXTURE = { tag: "notes", openapi: "tests/fixtures/openapi/notes.json" };
/**
 * The corpus: each fixture is the boilerplate's document plus one resource (notes: text and patterns; products:
 * every field type the generator takes, and two it leaves out). Together they are the document tasks use too.
 */
const FIXTURES = [FIXTURE, { tag: "products", openapi: "tests/fixtures/openapi/products.json" }];
const CORPUS = ".generator-corpus.json";

/** Runs a command in the copy; its output is shown only when it fails, so parallel checks stay readable. */
function run(name: string, command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const began = Date.now();
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) {
        console.log(`✓ ${name} (${((Date.now() - began) / 1000).toFixed(1)} s)`);
        resolve();
      } else {
        console.error(`✗ ${name}\n${output}`);
        reject(new Error(`${name} failed (${command} ${args.join(" ")} exited with ${code})`));
      }
    });
  });
}

/** Tracked and new files as they are in the working tree (so uncommitted changes are checked too). */
async function copyProject(target: string): Promise<void> {
  const { stdout } = await execFileAsync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const files = stdout.split("\0").filter((file) => file && existsSync(path.join(root, file)));
  for (const directory of new Set(files.map((file) => path.dirname(file)))) {
    await mkdir(path.join(target, directory), { recursive: true });
  }
  await Promise.all(files.map((file) => copyFile(path.join(root, file), path.join(target, file))));
  // tsc --incremental then rechecks only what the generator changed, when `npm run typecheck` ran before.
  if (existsSync(path.join(root, "tsconfig.tsbuildinfo"))) {
    await copyFile(path.join(root, "tsconfig.tsbuildinfo"), path.join(target, "tsconfig.tsbuildinfo"));
  }
  await symlink(path.join(root, "node_modules"), path.join(target, "node_modules"), "dir");
}

/**
 * One document with every fixture's paths and schemas, so that all of them are generated into one copy and checked
 * by one typecheck, one lint and one test run, rather than a copy each.
 */
async function writeCorpus(copy: string): Promise<void> {
  const documents = await Promise.all(
    FIXTURES.map(async (fixture) =>
      parseDocument(await readFile(path.join(root, fixture.openapi), "utf8"), fixture.openapi),
    ),
  );
  const [first, ...rest] = documents;
  if (!first) throw new Error("No fixtures");
  for (const document of rest) {
    Object.assign(first.paths, document.paths);
    Object.assign(first.components?.schemas ?? {}, document.components?.schemas);
  }
  await writeFile(path.join(copy, CORPUS), `${JSON.stringify(first, null, 2)}\n`);
}

const registryTexts = (copy: string) =>
  Promise.all(REGISTRIES.map((registry) => readFile(path.join(copy, registry.file), "utf8")));

/** A dry run plans the fixture resource and writes nothing, not even to the lists. */
async function checkDryRun(copy: string): Promise<void> {
  const before = await registryTexts(copy);
  const written = await generate({ ...FIXTURE, dryRun: true, root: copy, log: () => {} });
  const after = await registryTexts(copy);
  if (
    written.length > 0 ||
    existsSync(path.join(copy, "src/lib/api/notes.ts")) ||
    after.join() !== before.join()
  ) {
    throw new Error("--dry-run wrote something");
  }
  console.log("✓ --dry-run writes nothing");
}

/** A second run for a generated tag refuses, because its files exist, and changes nothing. */
async function checkRefusal(copy: string): Promise<void> {
  const file = path.join(copy, "src/lib/api/tasks.ts");
  const before = [await readFile(file, "utf8"), ...(await registryTexts(copy))].join();
  const refused = await generate({ tag: "tasks", dryRun: false, root: copy, log: () => {} }).then(
    () => false,
    (error: unknown) => error instanceof Error && error.message.includes("exist already"),
  );
  const after = [await readFile(file, "utf8"), ...(await registryTexts(copy))].join();
  if (!refused || after !== before)
    throw new Error("A second run for tasks did not refuse, or changed files");
  console.log("✓ a second run refuses to overwrite and changes nothing");
}

const started = Date.now();
const copy = await mkdtemp(path.join(os.tmpdir(), "generator-check-"));
try {
  await copyProject(copy);
  const log = (line: string) => console.log(line);
  await checkDryRun(copy);
  await writeCorpus(copy);
  const written: string[] = [];
  for (const { tag } of FIXTURES)
    written.push(...(await generate({ tag, openapi: CORPUS, dryRun: false, root: copy, log })));
  written.push(...(await generate({ tag: "tasks", dryRun: false, root: copy, log })));
  await checkRefusal(copy);
  console.log(`✓ copied and generated (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const sources = written.filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith(".d.ts"));
  const formatted = written.filter((file) => !file.endsWith(".d.ts") && !file.endsWith(".json"));
  const unitTests = sources.filter((file) => file.startsWith("tests/unit/"));
  await run("next typegen", "npx", ["next", "typegen"], copy, { SKIP_ENV_VALIDATION: "1" });
  await Promise.all([
    run("typecheck", "npx", ["tsc", "--noEmit"], copy),
    run("eslint (generated files)", "npx", ["eslint", "--max-warnings=0", ...sources], copy),
    run("prettier --check (generated and changed files)", "npx", ["prettier", "--check", ...formatted], copy),
    // `npm run lint` runs knip too: what the generator writes must leave no export unused.
    run("knip (dead exports)", "npx", ["knip"], copy),
  ]);
  // Alone: the unit tests give the embedded backend 500 ms per call, which a machine busy type-checking can miss.
  // With the page list's test, which fails unless src/lib/routes.ts now names every generated page.
  const tests = [...unitTests, "tests/unit/lib/routes.test.ts"];
  await run("vitest (generated tests)", "npx", ["vitest", "run", "--project", "unit", ...tests], copy);
  console.log(`Generator check passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  if (keep) console.log(`Kept ${copy}`);
  else await rm(copy, { recursive: true, force: true });
}

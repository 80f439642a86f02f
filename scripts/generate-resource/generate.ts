// Plans and writes one resource's files: new files never overwrite, existing lists are appended to once.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import * as prettier from "prettier";

import { contextOf, type Context } from "./context";
import { leaveOutUnformable } from "./left-out";
import { PROJECT_DOCUMENT, adoptDocument, parseDocument, readDocumentText } from "./openapi";
import { REGISTRIES } from "./registries";
import { resourceOf } from "./resource";
import { actions } from "./templates/actions";
import { deleteButton, details, form, lookup, table } from "./templates/components";
import { data } from "./templates/data";
import { gateway } from "./templates/gateway";
import { handlers } from "./templates/handlers";
import { detailPage, editPage, formAndLookupPage, listPage, newPage } from "./templates/pages";
import { actionsTest, e2e, formTest, gatewayTest } from "./templates/tests";
import { validations } from "./templates/validations";

export interface Options {
  tag: string;
  openapi?: string;
  dryRun: boolean;
  /** The project's root directory. */
  root: string;
  log: (line: string) => void;
}

interface PlannedFile {
  file: string;
  render: (context: Context) => string;
}

/** The new files a resource gets; fewer when its tag has fewer operations. */
export function plannedFiles(context: Context): PlannedFile[] {
  const { resource, files } = context;
  const { list, create, read, update, remove } = resource;
  const planned: (PlannedFile | false | undefined)[] = [
    { file: files.gateway, render: gateway },
    (create || update) && { file: files.validations, render: validations },
    { file: files.data, render: data },
    (create || update || remove) && { file: files.actions, render: actions },
    (create || update) && { file: files.form, render: form },
    list && { file: files.table, render: table },
    read && { file: files.details, render: details },
    remove && { file: files.deleteButton, render: deleteButton },
    read && !list && { file: files.lookup, render: lookup },
    { file: files.listPage, render: list ? listPage : formAndLookupPage },
    list && create && { file: files.newPage, render: newPage },
    read && { file: files.detailPage, render: detailPage },
    read && update && { file: files.editPage, render: editPage },
    { file: files.handlers, render: handlers },
    { file: files.gatewayTest, render: gatewayTest },
    (create || update || remove) && { file: files.actionsTest, render: actionsTest },
    (create || update) && { file: files.formTest, render: formTest },
    { file: files.e2e, render: e2e },
  ];
  return planned.filter((entry): entry is PlannedFile => Boolean(entry));
}

async function format(root: string, file: string, text: string): Promise<string> {
  const absolute = path.join(root, file);
  const config = await prettier.resolveConfig(absolute);
  return prettier.format(text, { ...config, filepath: absolute });
}

const countLines = (text: string) => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);

/** Runs the generator; returns the files it wrote or changed (none on a dry run). */
export async function generate(options: Options): Promise<string[]> {
  const { root, log } = options;
  const source = options.openapi ?? PROJECT_DOCUMENT;
  const text = await readDocumentText(source, root);
  const document = parseDocument(text, source);
  const { resource, lines: leftOut } = leaveOutUnformable(resourceOf(document, options.tag));
  const context = contextOf(resource);

  const planned = plannedFiles(context);
  // An embedded backend that already serves the tag (tasks does) is kept: it knows more than the document says.
  const keptHandlers = existsSync(path.join(root, context.files.handlers));
  const toWrite = planned.filter((entry) => !(keptHandlers && entry.file === context.files.handlers));
  const existing = toWrite.filter((entry) => existsSync(path.join(root, entry.file)));
  if (existing.length > 0 && !options.dryRun) {
    throw new Error(
      `These files exist already, so nothing was written:\n${existing.map((entry) => `  ${entry.file}`).join("\n")}`,
    );
  }

  const rendered = await Promise.all(
    toWrite.map(async (entry) => ({
      file: entry.file,
      text: await format(root, entry.file, entry.render(context)),
    })),
  );
  const updates: { file: string; text: string }[] = [];
  for (const registry of REGISTRIES) {
    const before = await readFile(path.join(root, registry.file), "utf8");
    const after = registry.update(before, context);
    if (after !== null) updates.push({ file: registry.file, text: await format(root, registry.file, after) });
  }

  log(`${options.tag}: ${describe(context)}`);
  for (const skipped of [...resource.skipped, ...leftOut]) log(`  left out: ${skipped}`);
  if (keptHandlers)
    log(`  kept: ${context.files.handlers} (the embedded backend already serves these routes)`);
  const verb = options.dryRun ? "would write" : "wrote";
  const exists = new Set(existing.map((entry) => entry.file));
  for (const { file, text: body } of rendered) {
    log(
      `  ${verb} ${file} (${countLines(body)} lines)${exists.has(file) ? " — exists already: a real run refuses" : ""}`,
    );
  }
  for (const { file } of updates) log(`  ${options.dryRun ? "would add to" : "added to"} ${file}`);
  if (options.dryRun) {
    log(
      `  ${source === PROJECT_DOCUMENT ? "would regenerate" : `would adopt ${source} as ${PROJECT_DOCUMENT} and regenerate`} src/lib/api/schema.d.ts`,
    );
    return [];
  }

  const adopted = await adoptDocument(root, text);
  for (const file of adopted) log(`  updated ${file}`);
  for (const { file, text: body } of [...rendered, ...updates]) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), body);
  }
  log(
    `Next: npm run typecheck && npx vitest run ${[context.files.gatewayTest, context.files.actionsTest, context.files.formTest].filter((file) => rendered.some((entry) => entry.file === file)).join(" ")}`,
  );
  return [...adopted, ...rendered.map((entry) => entry.file), ...updates.map((entry) => entry.file)];
}

function describe({ resource, route }: Context): string {
  const operations = (["list", "create", "read", "update", "remove"] as const)
    .map((slot) => {
      const call = resource[slot];
      return call ? `${slot} (${call.method.toUpperCase()} ${call.path}, ${call.auth})` : "";
    })
    .filter(Boolean);
  return `${operations.join("; ")} → ${route}`;
}

// The recipe in docs/extending.md names files, functions and lists: each must exist, or be what the generator writes.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { contextOf } from "../../../scripts/generate-resource/context";
import { plannedFiles } from "../../../scripts/generate-resource/generate";
import { REGISTRIES } from "../../../scripts/generate-resource/registries";
import { parseDocument } from "../../../scripts/generate-resource/openapi";
import { resourceOf } from "../../../scripts/generate-resource/resource";

const root = process.cwd();
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

const docs = read("docs/extending.md");
const recipe = docs.slice(docs.indexOf("## Recipe: adding a CRUD resource"));
const quoted = [...recipe.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? "");

/** The fixture resource the recipe uses as its example. */
const FIXTURE = "tests/fixtures/openapi/notes.json";
const notes = contextOf(resourceOf(parseDocument(read(FIXTURE), FIXTURE), "notes"));
const generated = plannedFiles(notes).map((entry) => entry.file);

const isPath = (text: string) => /^(app|docs|scripts|src|tests)\/[\w./()[\]-]*$/.test(text);
const paths = [...new Set(quoted.filter(isPath))];
const functions = [...new Set(quoted.flatMap((text) => /^(\w+)\(\)$/.exec(text)?.[1] ?? []))];

/** The project's own source files under `directory`. */
const sourceFiles = (directory: string): string[] =>
  readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });

describe("docs/extending.md's recipe", () => {
  it("names files and folders that exist, or that the generator writes for the fixture resource", () => {
    expect(paths.length).toBeGreaterThan(10);
    const missing = paths.filter((file) => {
      if (existsSync(path.join(root, file))) return false;
      if (file.includes("notes")) {
        return !generated.some(
          (written) => written === file || written.startsWith(file.replace(/\/?$/, "/")),
        );
      }
      return true;
    });
    expect(missing).toEqual([]);
  });

  it("names functions the project exports (or imports from Next)", () => {
    expect(functions.length).toBeGreaterThan(5);
    const source = sourceFiles("src")
      .map((file) => readFileSync(path.join(root, file), "utf8"))
      .join("\n");
    const missing = functions.filter(
      (name) =>
        !new RegExp(`export (async )?(function|const) ${name}\\b`).test(source) &&
        !new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from "next/`).test(source),
    );
    expect(missing).toEqual([]);
  });

  it("names, for each list the generator adds to, the file that holds it", () => {
    for (const registry of REGISTRIES) {
      const mention = new RegExp(
        `\`(\\w+)\`\\s+in\\s+\`${registry.file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\``,
      );
      const list = mention.exec(recipe)?.[1];
      expect(list, registry.file).toBeDefined();
      expect(read(registry.file)).toMatch(new RegExp(`\\b${list}\\b`));
    }
  });
});

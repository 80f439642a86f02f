// The generator's reading of an OpenAPI document: which operations a tag has, who may call them, what forms check.
import { readFileSync } from "node:fs";

import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { zodRule } from "../../../scripts/generate-resource/code";
import { contextOf } from "../../../scripts/generate-resource/context";
import { plannedFiles } from "../../../scripts/generate-resource/generate";
import {
  parseDocument,
  readDocumentText,
  type OpenApiDocument,
} from "../../../scripts/generate-resource/openapi";
import { resourceOf } from "../../../scripts/generate-resource/resource";
import { data } from "../../../scripts/generate-resource/templates/data";
import { server } from "../../mocks/node";

const load = (file: string) => parseDocument(readFileSync(file, "utf8"), file);
const backend = load("src/lib/api/openapi.json");
const fixture = load("tests/fixtures/openapi/notes.json");

/** The fixture with one more tag: `widgets`, a superuser-only copy of the notes routes without `{username}`. */
function withWidgets(): OpenApiDocument {
  const document = structuredClone(fixture);
  const renamed = (path: string) => path.replace("/{username}/note", "/widget");
  for (const [path, item] of Object.entries(fixture.paths)) {
    if (!path.includes("/{username}/note/") && !path.endsWith("/{username}/note")) continue;
    document.paths[renamed(path)] = Object.fromEntries(
      Object.entries(structuredClone(item)).map(([method, operation]) => [
        method,
        {
          ...operation,
          tags: ["widgets"],
          parameters: operation.parameters?.filter((parameter) => parameter.name !== "username"),
          "x-auth": method === "get" ? "none" : "superuser",
        },
      ]),
    );
  }
  return document;
}

describe("resourceOf", () => {
  it("reads tasks as a create answering an id (query input, optional bearer) and a read answering an item or null", () => {
    const tasks = resourceOf(backend, "tasks");

    expect(tasks.list).toBeUndefined();
    expect(tasks.create).toMatchObject({
      method: "post",
      path: "/api/v1/tasks/task",
      auth: "optional",
      owner: false,
      answer: "id",
      input: { from: "query", fields: [expect.objectContaining({ name: "message", required: true })] },
    });
    expect(tasks.read).toMatchObject({
      path: "/api/v1/tasks/task/{task_id}",
      auth: "none",
      id: { name: "task_id", kind: "string" },
      answer: "item-or-null",
    });
    expect(tasks.item.schema).toBeUndefined();
  });

  it("reads the fixture's notes as a paginated CRUD resource under the signed-in user, with bearer writes", () => {
    const notes = resourceOf(fixture, "notes");

    expect(notes.list).toMatchObject({
      path: "/api/v1/{username}/notes",
      answer: "page",
      owner: true,
      auth: "none",
    });
    expect(notes.create).toMatchObject({
      auth: "bearer",
      answer: "item",
      status: 201,
      input: { schema: "NoteCreate" },
    });
    expect(notes.update).toMatchObject({ method: "patch", auth: "bearer", input: { schema: "NoteUpdate" } });
    expect(notes.remove).toMatchObject({
      method: "delete",
      auth: "bearer",
      id: { name: "id", kind: "integer" },
    });
    expect(notes.item.schema).toBe("NoteRead");
    expect(notes.create?.input?.fields).toEqual([
      expect.objectContaining({ name: "title", required: true, minLength: 2, maxLength: 60 }),
      expect.objectContaining({ name: "body", required: true, minLength: 1, maxLength: 2000 }),
      expect.objectContaining({ name: "color", required: false, nullable: true, pattern: "^#[0-9a-f]{6}$" }),
    ]);
  });

  it("takes superuser routes from docs/fastapi-contract.md for the boilerplate's own document, and leaves out second deletes", () => {
    const tiers = resourceOf(backend, "tiers");
    const posts = resourceOf(backend, "posts");

    expect([tiers.create?.auth, tiers.update?.auth, tiers.remove?.auth]).toEqual([
      "superuser",
      "superuser",
      "superuser",
    ]);
    expect(posts.remove?.path).toBe("/api/v1/{username}/post/{id}");
    expect(posts.skipped).toEqual(["DELETE /api/v1/{username}/db_post/{id} (a second remove operation)"]);
  });

  it("follows x-auth: superuser mutations make the data layer ask for a superuser before any backend call", () => {
    const widgets = contextOf(resourceOf(withWidgets(), "widgets"));

    const layer = data(widgets);

    const writes = [...layer.matchAll(/export const \w+ = [^;]*?forAction\([^;]*;/g)].map(([write]) => write);
    const reads = [...layer.matchAll(/export const \w+ = [^;]*?for(?:Page|Section)\([^;]*;/g)].map(
      ([read]) => read,
    );
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((write) => write.includes("SUPERUSER"))).toBe(true);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.some((read) => read.includes("SUPERUSER"))).toBe(false);
  });

  it("refuses a path parameter that is neither {username} nor the item's id, naming it", () => {
    expect(() => resourceOf(backend, "rate_limits")).toThrow("{tier_name}");
  });

  it("refuses a tag the document does not have", () => {
    expect(() => resourceOf(backend, "nothing")).toThrow(
      'No list, create or read operation is tagged "nothing"',
    );
  });
});

describe("the planned files", () => {
  it("are fewer when the tag has fewer operations: tasks get one page with a form and a lookup, and a details page", () => {
    const files = plannedFiles(contextOf(resourceOf(backend, "tasks"))).map((entry) => entry.file);

    expect(files).toContain("app/dashboard/tasks/page.tsx");
    expect(files).toContain("app/dashboard/tasks/[id]/page.tsx");
    expect(files).toContain("src/components/tasks/task-lookup.tsx");
    expect(files.filter((file) => /new\/|edit\/|table|delete-/.test(file))).toEqual([]);
  });

  it("cover list, new, details and edit pages for a full CRUD resource", () => {
    const files = plannedFiles(contextOf(resourceOf(fixture, "notes"))).map((entry) => entry.file);

    expect(files.filter((file) => file.startsWith("app/"))).toEqual([
      "app/dashboard/notes/page.tsx",
      "app/dashboard/notes/new/page.tsx",
      "app/dashboard/notes/[id]/page.tsx",
      "app/dashboard/notes/[id]/edit/page.tsx",
    ]);
  });
});

describe("zodRule", () => {
  const notes = resourceOf(fixture, "notes");
  const field = (name: string) => notes.create?.input?.fields.find((candidate) => candidate.name === name);

  it("mirrors lengths and patterns, and lets an optional input stay empty", () => {
    expect(zodRule(field("title")!)).toBe(
      'z.string().check(z.trim(), z.minLength(2, { error: "The title needs at least 2 characters.", abort: true }), z.maxLength(60, { error: "The title can have at most 60 characters.", abort: true }))',
    );
    expect(zodRule(field("color")!)).toBe(
      'optionalInput(z.string().check(z.trim(), z.regex(/^#[0-9a-f]{6}$/, "Enter a valid color.")))',
    );
  });
});

describe("readDocumentText", () => {
  const URL = "http://backend.test/openapi.json";

  it("reads a backend's /openapi.json over http as well as a path", async () => {
    const text = readFileSync("tests/fixtures/openapi/notes.json", "utf8");
    server.use(http.get(URL, () => HttpResponse.text(text)));

    expect(await readDocumentText(URL, process.cwd())).toBe(text);
    expect(await readDocumentText("tests/fixtures/openapi/notes.json", process.cwd())).toBe(text);
  });

  it("says which address failed and how", async () => {
    server.use(http.get(URL, () => new HttpResponse("Not Found", { status: 404 })));

    await expect(readDocumentText(URL, process.cwd())).rejects.toThrow(`${URL} answered 404`);
  });

  it("refuses JSON that is not an OpenAPI document", () => {
    expect(() => parseDocument('{"swagger": "2.0"}', "old.json")).toThrow(
      "old.json is not an OpenAPI 3 document",
    );
  });
});

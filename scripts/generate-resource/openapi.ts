// Reads an OpenAPI document (a path or an http(s) URL) and keeps the project's committed copy and types in step.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

/** The backend's document as committed in this repository: what `api:generate` and the generator read by default. */
export const PROJECT_DOCUMENT = "src/lib/api/openapi.json";
const PROJECT_TYPES = "src/lib/api/schema.d.ts";

export interface SchemaObject {
  $ref?: string;
  type?: string;
  title?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  enum?: unknown[];
  default?: unknown;
  examples?: unknown[];
  contentMediaType?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  anyOf?: SchemaObject[];
  allOf?: SchemaObject[];
  items?: SchemaObject;
}

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: SchemaObject;
}

export interface Operation {
  tags?: string[];
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
  responses?: Record<string, { content?: Record<string, { schema?: SchemaObject }> }>;
  security?: Record<string, string[]>[];
  /** Who may call it, where the document cannot say: "none", "optional", "bearer" or "superuser". */
  "x-auth"?: string;
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

const isUrl = (source: string) => /^https?:\/\//i.test(source);

export async function readDocumentText(source: string, root: string): Promise<string> {
  if (!isUrl(source)) return readFile(path.resolve(root, source), "utf8");
  const response = await fetch(source, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  return response.text();
}

export function parseDocument(text: string, source: string): OpenApiDocument {
  const document = JSON.parse(text) as Partial<OpenApiDocument>;
  if (typeof document.openapi !== "string" || typeof document.paths !== "object") {
    throw new Error(`${source} is not an OpenAPI 3 document (no "openapi" or "paths").`);
  }
  return document as OpenApiDocument;
}

/** The schema a `$ref` points at (only local `#/components/schemas/…` references occur in FastAPI's documents). */
export function resolve(document: OpenApiDocument, schema: SchemaObject): SchemaObject {
  if (!schema.$ref) return schema;
  const name = refName(schema.$ref);
  const target = document.components?.schemas?.[name];
  if (!target) throw new Error(`The document refers to ${schema.$ref}, which it does not define.`);
  return target;
}

export const refName = (ref: string) => ref.replace("#/components/schemas/", "");

const execFileAsync = promisify(execFile);

/**
 * Makes `text` the project's document and regenerates the types from it with openapi-typescript, as
 * `npm run api:generate` does. Returns the files that changed.
 */
export async function adoptDocument(root: string, text: string): Promise<string[]> {
  const changed: string[] = [];
  const documentPath = path.join(root, PROJECT_DOCUMENT);
  const typesPath = path.join(root, PROJECT_TYPES);
  const before = await readFile(documentPath, "utf8").catch(() => "");
  if (before !== text) {
    await writeFile(documentPath, text);
    changed.push(PROJECT_DOCUMENT);
  }
  const typesBefore = await readFile(typesPath, "utf8").catch(() => "");
  const cli = path.join(root, "node_modules", ".bin", "openapi-typescript");
  await execFileAsync(cli, [PROJECT_DOCUMENT, "-o", PROJECT_TYPES], { cwd: root });
  if ((await readFile(typesPath, "utf8")) !== typesBefore) changed.push(PROJECT_TYPES);
  return changed;
}

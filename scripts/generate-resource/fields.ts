// One property of a request or response schema as the templates need it: its kind, nullability and rules.
import { resolve, type OpenApiDocument, type SchemaObject } from "./openapi";
import { labelOf } from "./names";

export type FieldKind = "string" | "integer" | "number" | "boolean" | "json";

export interface Field {
  /** The property name, also the form input's name. */
  name: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  nullable: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
}

/** `anyOf: [X, {type: null}]`, pydantic's Optional, becomes X plus nullable. */
function unwrapNullable(
  document: OpenApiDocument,
  schema: SchemaObject,
): { schema: SchemaObject; nullable: boolean } {
  const resolved = resolve(document, schema);
  if (!resolved.anyOf) return { schema: resolved, nullable: resolved.type === "null" };
  const others = resolved.anyOf.filter((option) => option.type !== "null");
  const nullable = others.length < resolved.anyOf.length;
  if (others.length === 1 && others[0]) return { schema: resolve(document, others[0]), nullable };
  return { schema: { type: "json" }, nullable };
}

const kindOf = (type: string | undefined): FieldKind =>
  type === "string" || type === "integer" || type === "number" || type === "boolean" ? type : "json";

export function fieldOf(
  document: OpenApiDocument,
  name: string,
  schema: SchemaObject,
  required: boolean,
): Field {
  const { schema: inner, nullable } = unwrapNullable(document, schema);
  const title = resolve(document, schema).title ?? inner.title;
  return {
    name,
    label: title && title.toLowerCase() !== name.toLowerCase().replaceAll("_", " ") ? title : labelOf(name),
    kind: kindOf(inner.type),
    required,
    nullable,
    minLength: inner.minLength,
    maxLength: inner.maxLength,
    pattern: inner.pattern,
    format: inner.format,
    minimum: inner.minimum,
    maximum: inner.maximum,
  };
}

/** Every property of an object schema, in the document's order. */
export function fieldsOf(document: OpenApiDocument, schema: SchemaObject): Field[] {
  const object = resolve(document, schema);
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, property]) =>
    fieldOf(document, name, property, required.has(name)),
  );
}

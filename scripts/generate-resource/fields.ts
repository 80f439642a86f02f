// One property of a request or response schema as the templates need it: its kind, nullability and rules.
import { resolve, type OpenApiDocument, type SchemaObject } from "./openapi";
import { labelOf } from "./names";

type FieldKind = "string" | "integer" | "number" | "boolean" | "enum" | "json";

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
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  /** An enum's values, in the document's order. */
  options?: string[];
  /** Values the schema gives as examples: what tests fill in where a pattern rules out made-up text. */
  examples?: unknown[];
  /** The schema's default, when it has one. */
  default?: unknown;
  /** Why a "json" field is no single value a form control can hold: "an array", "a nested object", … */
  shape?: string;
}

/**
 * `anyOf: [X, {type: null}]`, pydantic's Optional, becomes X plus nullable; `allOf: [X]`, how pydantic wraps a `$ref`
 * that has a default, becomes X.
 */
function unwrap(
  document: OpenApiDocument,
  schema: SchemaObject,
): { schema: SchemaObject; nullable: boolean; several?: boolean } {
  const resolved = resolve(document, schema);
  if (resolved.allOf?.length === 1 && resolved.allOf[0]) return unwrap(document, resolved.allOf[0]);
  if (!resolved.anyOf) return { schema: resolved, nullable: resolved.type === "null" };
  const others = resolved.anyOf.filter((option) => option.type !== "null");
  const nullable = others.length < resolved.anyOf.length;
  if (others.length === 1 && others[0]) return { schema: unwrap(document, others[0]).schema, nullable };
  return { schema: {}, nullable, several: true };
}

/** The kind of a schema, and for anything a form control cannot hold, what it is instead. */
function kindOf(schema: SchemaObject): { kind: FieldKind; shape?: string } {
  if (schema.enum) {
    return schema.enum.every((value) => typeof value === "string")
      ? { kind: "enum" }
      : { kind: "json", shape: "an enum of non-text values" };
  }
  const { type } = schema;
  if (type === "string" && (schema.format === "binary" || schema.contentMediaType)) {
    return { kind: "json", shape: "a file" };
  }
  if (type === "string" || type === "integer" || type === "number" || type === "boolean")
    return { kind: type };
  if (type === "array") return { kind: "json", shape: "an array" };
  if (type === "object" || schema.properties) return { kind: "json", shape: "a nested object" };
  return { kind: "json", shape: "of no single type" };
}

export function fieldOf(
  document: OpenApiDocument,
  name: string,
  schema: SchemaObject,
  required: boolean,
): Field {
  const { schema: inner, nullable, several } = unwrap(document, schema);
  // The property's own title: a `$ref`'s is the referenced schema's name (an enum's class, "ProductStatus").
  const title = schema.$ref ? undefined : schema.title;
  const { kind, shape } = several ? { kind: "json" as const, shape: "one of several types" } : kindOf(inner);
  return {
    name,
    label: title && title.toLowerCase() !== name.toLowerCase().replaceAll("_", " ") ? title : labelOf(name),
    kind,
    required,
    nullable,
    minLength: inner.minLength,
    maxLength: inner.maxLength,
    pattern: inner.pattern,
    format: inner.format,
    minimum: inner.minimum,
    maximum: inner.maximum,
    exclusiveMinimum: inner.exclusiveMinimum,
    exclusiveMaximum: inner.exclusiveMaximum,
    multipleOf: inner.multipleOf,
    options: kind === "enum" ? (inner.enum as string[]) : undefined,
    examples: inner.examples ?? schema.examples,
    default: schema.default ?? resolve(document, schema).default,
    shape,
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

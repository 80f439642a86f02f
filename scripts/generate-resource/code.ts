// Small pieces of generated source shared by several templates: literals, types, zod rules, sample values.
import type { Field } from "./fields";
import { camelCase } from "./names";

export const literal = (value: unknown) => JSON.stringify(value);

/** A regular-expression literal for a pattern from the document. */
const regexLiteral = (pattern: string) => `/${pattern.replaceAll("/", "\\/")}/`;

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** The app's property name for a FastAPI property: created_at → createdAt. */
export const appName = (field: Field) => camelCase(field.name);

/** The TypeScript type of a field as the app holds it (absent values become null). */
export function appType(field: Field): string {
  const base =
    field.kind === "enum"
      ? (field.options ?? []).map(literal).join(" | ")
      : { string: "string", integer: "number", number: "number", boolean: "boolean", json: "unknown" }[
          field.kind
        ];
  return holdsNull(field) ? `${base} | null` : base;
}

export const holdsNull = (field: Field) => field.kind !== "json" && (field.nullable || !field.required);

const EMAIL_PATTERN = "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$";
const URL_PATTERN = "^(https?|ftp)://[^\\s/$.?#].[^\\s]*$";
const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
/** What a datetime-local input holds: no offset, seconds only when a step asks for them. */
const LOCAL_DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$";

/** Why a property gets no form control, or undefined when it gets one. */
export function leftOutBecause(field: Field): string | undefined {
  if (field.kind === "json") return `it is ${field.shape ?? "of no single type"}`;
  return undefined;
}

/** The message a required field shows when left empty: only that it is required, whatever else it checks. */
export function requiredMessage(field: Field): string {
  if (field.kind === "integer") return `Enter the ${lower(field.label)} as a whole number.`;
  if (field.kind === "number") return `Enter the ${lower(field.label)} as a number.`;
  if (field.kind === "enum") return `Choose the ${lower(field.label)}.`;
  if (field.minLength && field.minLength > 1) return minLengthMessage(field, field.minLength);
  return `Enter the ${lower(field.label)}.`;
}

const minLengthMessage = (field: Field, min: number) =>
  `The ${lower(field.label)} needs at least ${min} characters.`;

/** A zod/mini check that stops the field's later checks when it fails: one message per field. */
const check = (name: string, argument: string | number, message: string) =>
  `z.${name}(${argument}, { error: ${literal(message)}, abort: true })`;

/** The bounds of a number, as zod/mini checks with their own messages. */
function boundChecks(field: Field): string[] {
  const label = lower(field.label);
  return [
    field.minimum === undefined
      ? ""
      : check("gte", field.minimum, `The ${label} must be at least ${field.minimum}.`),
    field.exclusiveMinimum === undefined
      ? ""
      : check("gt", field.exclusiveMinimum, `The ${label} must be more than ${field.exclusiveMinimum}.`),
    field.maximum === undefined
      ? ""
      : check("lte", field.maximum, `The ${label} must be at most ${field.maximum}.`),
    field.exclusiveMaximum === undefined
      ? ""
      : check("lt", field.exclusiveMaximum, `The ${label} must be less than ${field.exclusiveMaximum}.`),
    field.multipleOf === undefined
      ? ""
      : check("multipleOf", field.multipleOf, `The ${label} must be a multiple of ${field.multipleOf}.`),
  ].filter(Boolean);
}

/** Digits as a number input posts them; a decimal comma is read as a point, whatever the user's locale. */
function numberRule(field: Field): string {
  const digits = field.kind === "integer" ? "/^-?\\d{1,15}$/" : "/^-?\\d{1,15}([.,]\\d+)?$/";
  const parse = field.kind === "integer" ? "Number" : `(text) => Number(text.replace(",", "."))`;
  const checks = [field.kind === "integer" ? "z.int()" : "", ...boundChecks(field)].filter(Boolean);
  const number = `z.number()${checks.length > 0 ? `.check(${checks.join(", ")})` : ""}`;
  return `z.pipe(z.pipe(z.string().check(z.trim(), z.regex(${digits}, ${literal(requiredMessage(field))})), z.transform(${parse})), ${number})`;
}

/** The checks of a text input: required first, then lengths, then the pattern or format. */
function textRule(field: Field): string {
  const checks = ["z.trim()"];
  const min = field.minLength ?? (field.required ? 1 : undefined);
  if (min !== undefined) {
    checks.push(check("minLength", min, min === 1 ? requiredMessage(field) : minLengthMessage(field, min)));
  }
  if (field.maxLength !== undefined) {
    checks.push(
      check(
        "maxLength",
        field.maxLength,
        `The ${lower(field.label)} can have at most ${field.maxLength.toLocaleString("en")} characters.`,
      ),
    );
  }
  const pattern = patternOf(field);
  if (pattern !== undefined) {
    checks.push(`z.regex(${regexLiteral(pattern)}, ${literal(`Enter a valid ${lower(field.label)}.`)})`);
  }
  const text = `z.string().check(${checks.join(", ")})`;
  // datetime-local holds no offset: the app reads it as UTC and sends the offset along.
  return field.format === "date-time"
    ? `z.pipe(${text}, z.transform((local) => \`\${local.slice(0, 16)}:00Z\`))`
    : text;
}

const patternOf = (field: Field) =>
  field.pattern ??
  {
    email: EMAIL_PATTERN,
    uri: URL_PATTERN,
    date: DATE_PATTERN,
    "date-time": LOCAL_DATE_TIME_PATTERN,
  }[field.format ?? ""];

/** A checkbox posts "true" or "false" (react-hook-form holds `false` or "true" before it posts). */
const BOOLEAN_RULE = `z.pipe(z.union([z.boolean(), z.enum(["true", "false"])]), z.transform((value) => value === true || value === "true"))`;

/** The zod/mini rule for one form input, mirroring the document's constraints; an optional one may stay empty. */
export function zodRule(field: Field): string {
  if (field.kind === "boolean") return BOOLEAN_RULE;
  const rule =
    field.kind === "enum"
      ? `z.enum(${literal(field.options)}, ${literal(requiredMessage(field))})`
      : field.kind === "integer" || field.kind === "number"
        ? numberRule(field)
        : textRule(field);
  return field.required ? rule : `optionalInput(${rule})`;
}

/** Whether a field's rule is wrapped in the app's optionalInput(). */
export const usesOptionalInput = (field: Field) => !field.required && field.kind !== "boolean";

/**
 * The value FastAPI's field gets from the checked form. An emptied optional input is left out, or sent as null
 * where `clears` (an edit clearing a nullable column).
 */
export function toInputValue(field: Field, values: string, clears = false): string {
  const value = `${values}.${field.name}`;
  if (field.required || field.kind === "boolean") return value;
  return `${value} === "" ? ${clears ? "null" : "undefined"} : ${value}`;
}

/** What an untouched control holds: the schema's default (a checkbox's as a boolean), else empty. */
export function formDefault(field: Field): string | boolean {
  if (field.kind === "boolean") return field.default === true;
  return field.default === undefined || field.default === null ? "" : String(field.default);
}

const CANDIDATES = ["Sample", "sample", "abc123", "user@example.com", "https://example.com/", "#3b82f6"];

/** A number the field's bounds and step allow: the lowest, or the next one up for the edited variant. */
function sampleNumber(field: Field, variant: string): number {
  const step = field.multipleOf ?? 1;
  const lowest = field.minimum ?? (field.exclusiveMinimum === undefined ? 1 : field.exclusiveMinimum + step);
  const value = Math.ceil(lowest / step) * step + (variant ? step : 0);
  const highest =
    field.maximum ?? (field.exclusiveMaximum === undefined ? value : field.exclusiveMaximum - step);
  return Number(Math.min(value, highest).toFixed(10));
}

/**
 * A form value that passes the field's rules, as its input holds it, for tests: what an untouched control holds
 * for optional fields and checkboxes, which tests leave alone.
 */
export function sampleValue(field: Field, variant = ""): string {
  if (field.kind === "boolean") return String(variant ? field.default !== true : field.default === true);
  if (!field.required) return String(formDefault(field));
  if (field.kind === "integer" || field.kind === "number") return String(sampleNumber(field, variant));
  if (field.kind === "enum") return (variant ? field.options?.at(-1) : field.options?.[0]) ?? "";
  if (field.format === "date") return variant ? "2026-01-02" : "2026-01-01";
  if (field.format === "date-time") return variant ? "2026-01-02T10:45" : "2026-01-01T09:30";
  const base = `${field.label}${variant}`;
  const fitted = (text: string) => {
    const padded = text.padEnd(field.minLength ?? 0, "x");
    return field.maxLength === undefined ? padded : padded.slice(0, field.maxLength);
  };
  const pattern = patternOf(field);
  if (pattern === undefined) return fitted(base);
  const examples = (field.examples ?? []).filter((example): example is string => typeof example === "string");
  const matching = [...examples, base, ...CANDIDATES]
    .map(fitted)
    .find((candidate) => new RegExp(pattern).test(candidate));
  if (matching === undefined) {
    throw new Error(
      `No sample value matches the pattern of "${field.name}" (${pattern}): add "examples" to its schema`,
    );
  }
  return matching;
}

/** The same sample as FastAPI's field takes and answers it, as TypeScript source. */
export function sampleInput(field: Field, variant = ""): string {
  const text = sampleValue(field, variant);
  if (field.kind === "boolean" || field.kind === "integer" || field.kind === "number") return text;
  if (field.format === "date-time") return literal(`${text}:00Z`);
  return literal(text);
}

/** A text control gets a text area when it may hold more than a line. */
export const isLongText = (field: Field) =>
  field.kind === "string" && !field.format && (field.maxLength ?? 0) > 200;

export const hintOf = (field: Field): string | undefined => {
  if (field.format === "date-time") return "In UTC.";
  if (field.kind !== "string") return undefined;
  if (field.minLength !== undefined && field.minLength === field.maxLength) {
    return `Exactly ${field.minLength} characters.`;
  }
  if (field.minLength !== undefined && field.maxLength !== undefined && field.maxLength <= 200) {
    return `${field.minLength}–${field.maxLength} characters.`;
  }
  if (field.maxLength !== undefined && field.maxLength <= 200)
    return `At most ${field.maxLength} characters.`;
  return undefined;
};

export const controlLabel = (field: Field) =>
  field.required || field.kind === "boolean" ? field.label : `${field.label} (optional)`;

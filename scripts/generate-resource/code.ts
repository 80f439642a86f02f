// Small pieces of generated source shared by several templates: literals, types, zod rules, sample values.
import type { Field } from "./fields";
import { camelCase } from "./names";

export const literal = (value: unknown) => JSON.stringify(value);

/** A regular-expression literal for a pattern from the document. */
export const regexLiteral = (pattern: string) => `/${pattern.replaceAll("/", "\\/")}/`;

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** The app's property name for a FastAPI property: created_at → createdAt. */
export const appName = (field: Field) => camelCase(field.name);

/** The TypeScript type of a field as the app holds it (absent values become null). */
export function appType(field: Field): string {
  const base = { string: "string", integer: "number", number: "number", boolean: "boolean", json: "unknown" }[
    field.kind
  ];
  return field.kind !== "json" && (field.nullable || !field.required) ? `${base} | null` : base;
}

export const holdsNull = (field: Field) => field.kind !== "json" && (field.nullable || !field.required);

const EMAIL_PATTERN = "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$";
const URL_PATTERN = "^(https?|ftp)://[^\\s/$.?#].[^\\s]*$";

/** The message a required field shows when left empty. */
export function requiredMessage(field: Field): string {
  if (field.kind === "integer" || field.kind === "number")
    return `Enter the ${lower(field.label)} as a whole number.`;
  if (field.minLength && field.minLength > 1) return minLengthMessage(field, field.minLength);
  return `Enter the ${lower(field.label)}.`;
}

const minLengthMessage = (field: Field, min: number) =>
  `The ${lower(field.label)} needs at least ${min} characters.`;

/** The zod/mini rule for one form input (every input posts text), mirroring the document's constraints. */
export function zodRule(field: Field): string {
  if (field.kind === "integer") {
    const bounds = [
      field.minimum === undefined
        ? ""
        : `z.gte(${field.minimum}, ${literal(`The ${lower(field.label)} must be at least ${field.minimum}.`)})`,
      field.maximum === undefined
        ? ""
        : `z.lte(${field.maximum}, ${literal(`The ${lower(field.label)} must be at most ${field.maximum}.`)})`,
    ].filter(Boolean);
    const number = `z.number().check(z.int()${bounds.map((bound) => `, ${bound}`).join("")})`;
    const rule = `z.pipe(z.pipe(z.string().check(z.trim(), z.regex(/^-?\\d{1,15}$/, ${literal(requiredMessage(field))})), z.transform(Number)), ${number})`;
    return field.required ? rule : `z.union([z.literal(""), ${rule}])`;
  }
  const checks = ["z.trim()"];
  const min = field.minLength ?? (field.required ? 1 : undefined);
  if (min !== undefined) {
    checks.push(
      `z.minLength(${min}, ${literal(min === 1 ? requiredMessage(field) : minLengthMessage(field, min))})`,
    );
  }
  if (field.maxLength !== undefined) {
    checks.push(
      `z.maxLength(${field.maxLength}, ${literal(`The ${lower(field.label)} can have at most ${field.maxLength.toLocaleString("en")} characters.`)})`,
    );
  }
  const pattern =
    field.pattern ??
    (field.format === "email" ? EMAIL_PATTERN : field.format === "uri" ? URL_PATTERN : undefined);
  if (pattern !== undefined) {
    checks.push(`z.regex(${regexLiteral(pattern)}, ${literal(`Enter a valid ${lower(field.label)}.`)})`);
  }
  const rule = `z.string().check(${checks.join(", ")})`;
  return field.required ? rule : `z.union([z.literal(""), ${rule}])`;
}

/** Fields a form can hold: text and whole numbers. Anything else is named in the error. */
export function assertFormFields(fields: Field[], where: string): void {
  const unsupported = fields.find((field) => field.kind !== "string" && field.kind !== "integer");
  if (unsupported) {
    throw new Error(
      `${where}: "${unsupported.name}" is a ${unsupported.kind}; generated forms hold text and whole numbers only`,
    );
  }
}

/** The form value FastAPI's field gets: empty optional inputs become null (or are left out when not nullable). */
export function toInputValue(field: Field, values: string): string {
  const value = `${values}.${field.name}`;
  if (field.required) return value;
  const absent = field.nullable ? "null" : "undefined";
  return field.kind === "integer" ? `${value} === "" ? ${absent} : ${value}` : `${value} || ${absent}`;
}

const CANDIDATES = [
  "Sample",
  "sample",
  "abc123",
  "user@example.com",
  "https://example.com",
  "#3b82f6",
  "2026-01-01",
];

/** A value that passes the field's rules, for tests; "" for optional fields, which tests leave empty. */
export function sampleValue(field: Field, variant = ""): string {
  if (!field.required) return "";
  if (field.kind === "integer") return String(field.minimum ?? 1);
  const base = `${field.label}${variant}`;
  const fitted = (text: string) => {
    const padded = text.padEnd(field.minLength ?? 0, "x");
    return field.maxLength === undefined ? padded : padded.slice(0, field.maxLength);
  };
  const pattern =
    field.pattern ??
    (field.format === "email" ? EMAIL_PATTERN : field.format === "uri" ? URL_PATTERN : undefined);
  if (pattern === undefined) return fitted(base);
  const matching = [base, ...CANDIDATES].map(fitted).find((candidate) => new RegExp(pattern).test(candidate));
  if (matching === undefined) {
    throw new Error(
      `No sample value matches the pattern of "${field.name}" (${pattern}): add "examples" to its schema`,
    );
  }
  return matching;
}

/** What a required field's first client-side complaint says when it is left empty. */
export const emptyMessage = (field: Field) =>
  field.minLength && field.minLength > 1 ? minLengthMessage(field, field.minLength) : requiredMessage(field);

/** A text control gets a text area when it may hold more than a line. */
export const isLongText = (field: Field) => field.kind === "string" && (field.maxLength ?? 0) > 200;

export const hintOf = (field: Field): string | undefined => {
  if (field.kind !== "string") return undefined;
  if (field.minLength !== undefined && field.maxLength !== undefined && field.maxLength <= 200) {
    return `${field.minLength}–${field.maxLength} characters.`;
  }
  if (field.maxLength !== undefined && field.maxLength <= 200)
    return `At most ${field.maxLength} characters.`;
  return undefined;
};

export const controlLabel = (field: Field) => (field.required ? field.label : `${field.label} (optional)`);

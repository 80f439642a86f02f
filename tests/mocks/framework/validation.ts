// A small subset of pydantic v2 (python, lax mode): the field rules the boilerplate's schemas use,
// reported with pydantic's exact error types, messages, `input` and `ctx`.
import { RequestValidationError, type ValidationErrorItem } from "./errors";

export type Loc = ValidationErrorItem["loc"];
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: ValidationErrorItem[] };

export interface Field<T> {
  /** pydantic's "has a default": an absent key is not an error and is left out of the result. */
  readonly optional: boolean;
  validate(input: unknown, loc: Loc): Validated<T>;
}

export const valid = <T>(value: T): Validated<T> => ({ ok: true, value });
const invalid = (error: ValidationErrorItem): Validated<never> => ({ ok: false, errors: [error] });

const plural = (count: number) => (count === 1 ? "" : "s");

interface StringRules {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** A pydantic `field_validator` that runs after the constraints. */
  transform?: (value: string) => string;
}

export function string(rules: StringRules = {}): Field<string> {
  const pattern = rules.pattern === undefined ? undefined : new RegExp(rules.pattern, "u");
  return {
    optional: false,
    validate(input, loc) {
      if (typeof input !== "string") {
        return invalid({ type: "string_type", loc, msg: "Input should be a valid string", input });
      }
      // pydantic counts characters (code points), not UTF-16 units.
      const length = [...input].length;
      const { minLength, maxLength } = rules;
      if (minLength !== undefined && length < minLength) {
        return invalid({
          type: "string_too_short",
          loc,
          msg: `String should have at least ${minLength} character${plural(minLength)}`,
          input,
          ctx: { min_length: minLength },
        });
      }
      if (maxLength !== undefined && length > maxLength) {
        return invalid({
          type: "string_too_long",
          loc,
          msg: `String should have at most ${maxLength} character${plural(maxLength)}`,
          input,
          ctx: { max_length: maxLength },
        });
      }
      // pydantic searches rather than full-matches, like RegExp#test.
      if (pattern && !pattern.test(input)) {
        return invalid({
          type: "string_pattern_mismatch",
          loc,
          msg: `String should match pattern '${rules.pattern}'`,
          input,
          ctx: { pattern: rules.pattern },
        });
      }
      return valid(rules.transform ? rules.transform(input) : input);
    },
  };
}

const INTEGER_STRING = /^\s*[+-]?\d+\s*$/;

/** Parses an integer the way pydantic does in lax mode (used for JSON fields, query and path parameters). */
export function integer(): Field<number> {
  return {
    optional: false,
    validate(input, loc) {
      if (typeof input === "number" && Number.isFinite(input)) {
        if (Number.isInteger(input)) return valid(input);
        return invalid({
          type: "int_from_float",
          loc,
          msg: "Input should be a valid integer, got a number with a fractional part",
          input,
        });
      }
      if (typeof input === "boolean") return valid(Number(input));
      if (typeof input === "string") {
        if (INTEGER_STRING.test(input)) return valid(Number.parseInt(input, 10));
        return invalid({
          type: "int_parsing",
          loc,
          msg: "Input should be a valid integer, unable to parse string as an integer",
          input,
        });
      }
      return invalid({ type: "int_type", loc, msg: "Input should be a valid integer", input });
    },
  };
}

/** The reason email-validator gives for the first problem it finds, or null for a valid address. */
function emailProblem(address: string): string | null {
  const at = address.lastIndexOf("@");
  if (at === -1) return "An email address must have an @-sign.";
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local === "") return "There must be something before the @-sign.";
  if (domain === "") return "There must be something after the @-sign.";
  if (/\s/u.test(local)) return "The email address contains invalid characters before the @-sign: SPACE.";
  if (/\s/u.test(domain)) return "The part after the @-sign contains invalid characters: SPACE.";
  if (local.startsWith(".") || local.endsWith(".")) {
    return "An email address cannot start or end with a period.";
  }
  if (local.includes("..")) return "An email address cannot have two periods in a row.";
  if (!domain.includes(".")) return "The part after the @-sign is not valid. It should have a period.";
  if (domain.startsWith(".") || domain.endsWith(".") || domain.includes("..")) {
    return "An email address cannot have a period immediately after the @-sign.";
  }
  return null;
}

/** pydantic's `EmailStr`: the normalized address keeps the local part and lower-cases the domain. */
export function email(): Field<string> {
  const text = string();
  return {
    optional: false,
    validate(input, loc) {
      const checked = text.validate(input, loc);
      if (!checked.ok) return checked;
      const reason = emailProblem(checked.value);
      if (reason !== null) {
        return invalid({
          type: "value_error",
          loc,
          msg: `value is not a valid email address: ${reason}`,
          input,
          ctx: { reason },
        });
      }
      const at = checked.value.lastIndexOf("@");
      return valid(checked.value.slice(0, at) + checked.value.slice(at).toLowerCase());
    },
  };
}

/** `X | None`: null passes through untouched. */
export function nullable<T>(field: Field<T>): Field<T | null> {
  return {
    optional: field.optional,
    validate: (input, loc) => (input === null ? valid(null) : field.validate(input, loc)),
  };
}

/** A field with a default: it may be left out of the input. */
export function optional<T>(field: Field<T>): Field<T> {
  return { ...field, optional: true };
}

type FieldsOf<T> = { [K in keyof T]-?: Field<Exclude<T[K], undefined>> };

export interface Model<T> {
  validate(input: unknown, loc: Loc): Validated<T>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A pydantic model. FastAPI validates bodies with `from_attributes=True`, which is why a non-object input
 * (including a body sent with a non-JSON content type) reports `model_attributes_type`.
 * The result holds only the keys that were sent, like `model_dump(exclude_unset=True)`.
 */
export function model<T>(fields: FieldsOf<T>, options: { extra: "forbid" | "ignore" }): Model<T> {
  const entries = Object.entries(fields) as [string, Field<unknown>][];
  return {
    validate(input, loc) {
      if (!isRecord(input)) {
        return invalid({
          type: "model_attributes_type",
          loc,
          msg: "Input should be a valid dictionary or object to extract fields from",
          input,
        });
      }
      const errors: ValidationErrorItem[] = [];
      const value: Record<string, unknown> = {};
      for (const [key, field] of entries) {
        if (!(key in input)) {
          if (!field.optional)
            errors.push({ type: "missing", loc: [...loc, key], msg: "Field required", input });
          continue;
        }
        const result = field.validate(input[key], [...loc, key]);
        if (result.ok) value[key] = result.value;
        else errors.push(...result.errors);
      }
      if (options.extra === "forbid") {
        for (const [key, extra] of Object.entries(input)) {
          if (!(key in fields)) {
            errors.push({
              type: "extra_forbidden",
              loc: [...loc, key],
              msg: "Extra inputs are not permitted",
              input: extra,
            });
          }
        }
      }
      return errors.length > 0 ? { ok: false, errors } : valid(value as T);
    },
  };
}

/** An absent request part (a body that was not sent, a missing query parameter). */
export const ABSENT = Symbol("absent");

/** Validates a required request part at `loc`; an absent one is pydantic's `missing` with input null. */
export function check<T>(validator: Field<T> | Model<T>, input: unknown, loc: Loc): Validated<T> {
  if (input === ABSENT) return invalid({ type: "missing", loc, msg: "Field required", input: null });
  return validator.validate(input, loc);
}

/** Validates a request part that has a default: absent is fine. */
export function checkOptional<T>(validator: Field<T>, input: unknown, loc: Loc): Validated<T | undefined> {
  return input === ABSENT ? valid(undefined) : validator.validate(input, loc);
}

type Values<R extends readonly Validated<unknown>[]> = {
  [K in keyof R]: R[K] extends Validated<infer T> ? T : never;
};

/**
 * FastAPI validates every parameter and the body, then raises one RequestValidationError listing all
 * the problems (path and query parameters first, then the body).
 */
export function validateRequest<R extends readonly Validated<unknown>[]>(...results: R): Values<R> {
  const errors = results.flatMap((result) => (result.ok ? [] : result.errors));
  if (errors.length > 0) throw new RequestValidationError(errors);
  return results.map((result) => (result.ok ? result.value : undefined)) as Values<R>;
}

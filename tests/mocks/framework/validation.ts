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

/** pydantic's `Field(ge=…, gt=…, le=…, lt=…, multiple_of=…)`, as OpenAPI writes them. */
interface NumberRules {
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

/** The first bound a number breaks, in pydantic-core's order: multiple_of, then le, lt, ge, gt. */
function boundsProblem(value: number, rules: NumberRules, loc: Loc, input: unknown): Validated<never> | null {
  const { minimum, exclusiveMinimum, maximum, exclusiveMaximum, multipleOf } = rules;
  // A remainder within float rounding of 0 or of the divisor counts as a multiple, as in pydantic-core.
  const remainder = multipleOf === undefined ? 0 : Math.abs(value % multipleOf);
  if (multipleOf !== undefined && remainder > 1e-9 && Math.abs(remainder - multipleOf) > 1e-9) {
    return invalid({
      type: "multiple_of",
      loc,
      msg: `Input should be a multiple of ${multipleOf}`,
      input,
      ctx: { multiple_of: multipleOf },
    });
  }
  if (maximum !== undefined && value > maximum) {
    return invalid({
      type: "less_than_equal",
      loc,
      msg: `Input should be less than or equal to ${maximum}`,
      input,
      ctx: { le: maximum },
    });
  }
  if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) {
    return invalid({
      type: "less_than",
      loc,
      msg: `Input should be less than ${exclusiveMaximum}`,
      input,
      ctx: { lt: exclusiveMaximum },
    });
  }
  if (minimum !== undefined && value < minimum) {
    return invalid({
      type: "greater_than_equal",
      loc,
      msg: `Input should be greater than or equal to ${minimum}`,
      input,
      ctx: { ge: minimum },
    });
  }
  if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) {
    return invalid({
      type: "greater_than",
      loc,
      msg: `Input should be greater than ${exclusiveMinimum}`,
      input,
      ctx: { gt: exclusiveMinimum },
    });
  }
  return null;
}

const INTEGER_STRING = /^\s*[+-]?\d+\s*$/;

/** Parses an integer the way pydantic does in lax mode (used for JSON fields, query and path parameters). */
export function integer(rules: NumberRules = {}): Field<number> {
  const parse = (input: unknown, loc: Loc): Validated<number> => {
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
  };
  return withinBounds(parse, rules);
}

/** A number field: `parse` as pydantic's lax mode reads the input, then the schema's bounds. */
function withinBounds(
  parse: (input: unknown, loc: Loc) => Validated<number>,
  rules: NumberRules,
): Field<number> {
  return {
    optional: false,
    validate(input, loc) {
      const parsed = parse(input, loc);
      if (!parsed.ok) return parsed;
      return boundsProblem(parsed.value, rules, loc, input) ?? parsed;
    },
  };
}

const FLOAT_STRING = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/** pydantic's `float` in lax mode: JSON numbers as they are (`42.50` is 42.5), numeric strings parsed. */
export function number(rules: NumberRules = {}): Field<number> {
  const parse = (input: unknown, loc: Loc): Validated<number> => {
    if (typeof input === "number" && Number.isFinite(input)) return valid(input);
    if (typeof input === "boolean") return valid(Number(input));
    if (typeof input === "string") {
      if (FLOAT_STRING.test(input)) return valid(Number.parseFloat(input));
      return invalid({
        type: "float_parsing",
        loc,
        msg: "Input should be a valid number, unable to parse string as a number",
        input,
      });
    }
    return invalid({ type: "float_type", loc, msg: "Input should be a valid number", input });
  };
  return withinBounds(parse, rules);
}

const TRUE_STRINGS = new Set(["1", "on", "t", "true", "y", "yes"]);
const FALSE_STRINGS = new Set(["0", "off", "f", "false", "n", "no"]);

/** pydantic's `bool` in lax mode: true/false, 0/1 and the strings it knows ("yes", "off", …). */
export function boolean(): Field<boolean> {
  return {
    optional: false,
    validate(input, loc) {
      if (typeof input === "boolean") return valid(input);
      if (input === 0 || input === 1) return valid(input === 1);
      if (typeof input === "string" || typeof input === "number") {
        const text = String(input).toLowerCase();
        if (TRUE_STRINGS.has(text)) return valid(true);
        if (FALSE_STRINGS.has(text)) return valid(false);
        return invalid({
          type: "bool_parsing",
          loc,
          msg: "Input should be a valid boolean, unable to interpret input",
          input,
        });
      }
      return invalid({ type: "bool_type", loc, msg: "Input should be a valid boolean", input });
    },
  };
}

/** "'a', 'b' or 'c'": how pydantic lists an enum's values in its message. */
const expectedValues = (values: readonly (string | number)[]) => {
  const shown = values.map((value) => (typeof value === "string" ? `'${value}'` : String(value)));
  return shown.length < 2 ? shown.join("") : `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}`;
};

/** A Python `Enum` field: one of its values, compared exactly. */
export function choice<T extends string | number>(values: readonly T[]): Field<T> {
  return {
    optional: false,
    validate(input, loc) {
      if (values.includes(input as T)) return valid(input as T);
      const expected = expectedValues(values);
      return invalid({ type: "enum", loc, msg: `Input should be ${expected}`, input, ctx: { expected } });
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

/** A property stored as sent: what generated handlers do with arrays and nested objects, which they do not model. */
export function unchecked<T>(): Field<T> {
  return { optional: false, validate: (input) => valid(input as T) };
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

// Field rules shared by several forms, mirrored from FastAPI's pydantic models.
import * as z from "./zod";

/** FastAPI's URL pattern for profile images and post media. */
const URL_PATTERN = /^(https?|ftp):\/\/[^\s/$.?#].[^\s]*$/;

export const nameField = z
  .string()
  .check(
    z.trim(),
    z.minLength(2, "Your name needs at least 2 characters."),
    z.maxLength(30, "Your name can have at most 30 characters."),
  );

export const usernameField = z
  .string()
  .check(z.trim(), z.regex(/^[a-z0-9]{2,20}$/, "Use 2–20 lowercase letters or digits."));

export const emailField = z
  .email("Enter a valid e-mail address.")
  // FastAPI's column holds 50 characters; a longer address would pass its validation and then fail with a 500.
  .check(z.maxLength(50, "That e-mail address is too long (50 characters at most)."));

export const urlField = z
  .string()
  .check(
    z.trim(),
    z.maxLength(2048, "That address is too long."),
    z.regex(URL_PATTERN, "Enter a full address starting with http://, https:// or ftp://."),
  );

/** Database ids in action arguments: the client may send anything. */
export const idField = z.number().check(z.int(), z.positive());

/** A database id as a URL spells it (`/posts/12/edit`): up to 15 digits, so `1e3`, `012` or ` 12` is no id. */
export const idSegment = z.pipe(
  z.string().check(z.regex(/^[1-9]\d{0,14}$/)),
  z.transform((digits: string) => Number(digits)),
);

/**
 * An optional form input: empty, or what `rule` takes. Where both refuse a value outright (an enum's unknown value),
 * zod answers the union's "Invalid input"; this answers `rule`'s own message, so the field says what is wrong.
 */
export const optionalInput = <Rule extends z.ZodMiniType>(rule: Rule) =>
  z.union([z.literal(""), rule], {
    error: (issue) => (issue.code === "invalid_union" ? issue.errors[1]?.[0]?.message : undefined),
  });

// Zod schemas for the admin forms (tiers, rate limits, user tiers), shared by the client forms and the actions.
import * as z from "./zod";

import { idField } from "./fields";

export const tierSchema = z.object({
  // FastAPI sets no rule; names end up in URLs (/tier/{name}), so keep them short and plain.
  name: z
    .string()
    .check(
      z.trim(),
      z.regex(
        /^[A-Za-z0-9][A-Za-z0-9 _-]{0,29}$/,
        "Use 1–30 letters, digits, spaces, dashes or underscores.",
      ),
    ),
});

/** Whether a value from a URL or a hidden field is a tier name the forms could have made. */
export const isTierName = (name: unknown): name is string => tierSchema.shape.name.safeParse(name).success;

/** Number inputs arrive as text from the form; the same text is parsed again by the action. */
const positiveWhole = (what: string) =>
  z.pipe(
    z.pipe(
      z.string().check(z.trim(), z.regex(/^\d{1,10}$/, `Enter the ${what} as a whole number.`)),
      z.transform(Number),
    ),
    z
      .number()
      .check(z.gte(1, `The ${what} must be at least 1.`), z.lte(2_147_483_647, `The ${what} is too large.`)),
  );

export const rateLimitSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Give the rate limit a name."),
      z.maxLength(100, "Use at most 100 characters."),
    ),
  path: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Enter the API path it applies to, e.g. api/v1/tasks/task."),
      z.maxLength(200, "Use at most 200 characters."),
    ),
  limit: positiveWhole("limit"),
  period: positiveWhole("period"),
});
export type RateLimitFormInput = z.input<typeof rateLimitSchema>;

export const userTierSchema = z.object({
  tierId: z.pipe(
    z.pipe(z.string().check(z.regex(/^\d{1,10}$/, "Choose a tier.")), z.transform(Number)),
    idField,
  ),
});

// Zod schemas for the admin forms (tiers, rate limits, user tiers), shared by the client forms and the actions.
import * as z from "zod";

import { idField } from "./fields";

export const tierSchema = z.object({
  // FastAPI sets no rule; names end up in URLs (/tier/{name}), so keep them short and plain.
  name: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 _-]{0,29}$/, "Use 1–30 letters, digits, spaces, dashes or underscores."),
});
export type TierInput = z.infer<typeof tierSchema>;

/** Number inputs arrive as text from the form; the same text is parsed again by the action. */
const positiveWhole = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,10}$/, `Enter the ${what} as a whole number.`)
    .transform(Number)
    .pipe(
      z.number().min(1, `The ${what} must be at least 1.`).max(2_147_483_647, `The ${what} is too large.`),
    );

export const rateLimitSchema = z.object({
  name: z.string().trim().min(1, "Give the rate limit a name.").max(100, "Use at most 100 characters."),
  path: z
    .string()
    .trim()
    .min(1, "Enter the API path it applies to, e.g. api/v1/tasks/task.")
    .max(200, "Use at most 200 characters."),
  limit: positiveWhole("limit"),
  period: positiveWhole("period"),
});
export type RateLimitFormInput = z.input<typeof rateLimitSchema>;

export const userTierSchema = z.object({
  tierId: z
    .string()
    .regex(/^\d{1,10}$/, "Choose a tier.")
    .transform(Number)
    .pipe(idField),
});
export type UserTierInput = z.input<typeof userTierSchema>;

// The typed result every server action returns, and the helpers that build it (safe for client code).
import * as z from "@/lib/validations/zod";

export type FieldErrors = Partial<Record<string, string[]>>;

/** Why an action failed, for forms that react differently (e.g. keep input and offer to sign in again). */
export type FailureReason =
  "invalid" | "unauthorized" | "forbidden" | "not-found" | "rate-limited" | "session-expired" | "unavailable";

export type ActionResult<T = void> =
  { ok: true; data: T } | { ok: false; reason: FailureReason; message?: string; fieldErrors?: FieldErrors };

export type ActionFailure = Extract<ActionResult, { ok: false }>;

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });

export const fail = (reason: FailureReason, message?: string, fieldErrors?: FieldErrors): ActionFailure => ({
  ok: false,
  reason,
  ...(message === undefined ? {} : { message }),
  ...(fieldErrors === undefined ? {} : { fieldErrors }),
});

export const fromZodError = (error: z.core.$ZodError): ActionFailure =>
  fail("invalid", "Please correct the highlighted fields.", z.flattenError(error).fieldErrors as FieldErrors);

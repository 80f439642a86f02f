// What a form action answers (its result plus the fields to show again), and how that becomes field errors.
import type { FieldErrors as HookFormErrors, FieldValues } from "react-hook-form";

import type { ActionResult } from "@/lib/action-result";

/** The posted fields as typed, minus secrets: a page rendered without JavaScript fills the form with them. */
export type EchoedValues = Partial<Record<string, string>>;

/**
 * The state of a form bound to a server action: null before the first submission. `T` is what a success carries
 * to the form (e.g. a new record's id to link to); most actions answer `void`.
 */
export type FormState<T = void> = (ActionResult<T> & { values?: EchoedValues }) | null;

/** A server action as `useActionState` and `<form action>` call it: the previous state, then the posted form. */
export type FormAction<T = void> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/**
 * The errors a failed submission puts on a react-hook-form form: each field's messages on that field, and the
 * form-level message, with messages for fields the form does not have, on `root.server` (typed by the reason).
 */
export function formErrorsOf<T extends FieldValues>(
  state: FormState<unknown>,
  fieldNames: readonly string[],
): HookFormErrors<T> | undefined {
  if (!state || state.ok) return undefined;
  const errors: Record<string, { type: string; message: string }> = {};
  const unplaced: string[] = [];
  for (const [field, messages] of Object.entries(state.fieldErrors ?? {})) {
    if (!messages?.length) continue;
    if (fieldNames.includes(field)) errors[field] = { type: "server", message: messages.join(" ") };
    else unplaced.push(...messages);
  }
  const rootMessage = [state.message, ...unplaced].filter(Boolean).join(" ");
  const root = rootMessage ? { root: { server: { type: state.reason, message: rootMessage } } } : {};
  return { ...errors, ...root } as HookFormErrors<T>;
}

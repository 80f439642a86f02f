// Server-only: runs a form action on a posted FormData and answers with its result and the non-secret fields.
import "server-only";

import type { ActionResult } from "@/lib/action-result";
import { inSpan } from "@/lib/tracing/spans";

import type { EchoedValues, FormState } from "./form-state";

/** The text fields of a posted form; Next's own `$ACTION_*` fields and file uploads are left out. */
export type FormFields = Partial<Record<string, string>>;

function readFields(formData: FormData): FormFields {
  const fields: FormFields = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) fields[name] = value;
  }
  return fields;
}

interface AnswerOptions {
  /** Fields never sent back to the browser (passwords): a page rendered from the answer shows them empty. */
  secretFields?: readonly string[];
}

/**
 * The one way a form's server action reads its input and answers. A failure carries the fields as typed, so that
 * a form posted without JavaScript comes back filled in with its errors on it; a success carries none, so that
 * a create form starts empty again. `run` may redirect: redirect() throws, and nothing here catches it.
 */
export async function answerForm<T>(
  formData: FormData,
  run: (fields: FormFields) => Promise<ActionResult<T>>,
  { secretFields = [] }: AnswerOptions = {},
): Promise<FormState<T>> {
  const fields = readFields(formData);
  // One name for every form action (bundling renames functions): its parent, Next's request span, names the page.
  const result = await inSpan("server action", () => run(fields));
  if (result.ok) return result;
  const values: EchoedValues = Object.fromEntries(
    Object.entries(fields).filter(([name]) => !secretFields.includes(name)),
  );
  return { ...result, values };
}

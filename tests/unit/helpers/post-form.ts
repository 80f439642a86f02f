// Submits a form action as a browser does: the fields in a FormData, no previous answer.
import type { ActionResult } from "@/lib/action-result";
import type { FormAction, FormState } from "@/lib/forms/form-state";

/** A checkbox's value may be given as a boolean: a browser posts it as "true" or "false". */
export type PostedFields = Record<string, string | number | boolean | undefined>;

export function formDataOf(fields: PostedFields): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) formData.append(name, String(value));
  }
  return formData;
}

/** Posts `fields` to `action` and returns the whole answer, the echoed fields included. */
export const postFormAnswer = (action: FormAction, fields: PostedFields): Promise<FormState> =>
  action(null, formDataOf(fields));

/** Posts `fields` to `action` and returns its result without the echoed fields (what most tests are about). */
export async function postForm(action: FormAction, fields: PostedFields): Promise<ActionResult> {
  const answer = await postFormAnswer(action, fields);
  if (answer === null) throw new Error("A form action answers every post; this one answered null.");
  const { values: _echoed, ...result } = answer;
  return result;
}

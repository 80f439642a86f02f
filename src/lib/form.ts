// Puts a failed action's errors onto a react-hook-form form: field messages on their fields, the rest on root.
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

import type { ActionFailure } from "./action-result";

/** Applies the failure and focuses the first field it names, so keyboard and screen-reader users land on it. */
export function applyActionErrors<T extends FieldValues>(
  form: UseFormReturn<T>,
  failure: ActionFailure,
): void {
  const fieldNames = Object.keys(form.getValues()) as Array<Path<T>>;
  let focused = false;
  let unplaced: string[] = [];
  for (const [field, messages] of Object.entries(failure.fieldErrors ?? {})) {
    if (!messages?.length) continue;
    const name = fieldNames.find((candidate) => candidate === field);
    if (!name) {
      unplaced = [...unplaced, ...messages];
      continue;
    }
    form.setError(name, { type: "server", message: messages.join(" ") }, { shouldFocus: !focused });
    focused = true;
  }
  const rootMessage = [failure.message, ...unplaced].filter(Boolean).join(" ");
  if (rootMessage) form.setError("root.server", { type: failure.reason, message: rootMessage });
}

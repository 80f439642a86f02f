// The ids that tie a field's hint and error to its input (aria-describedby), shared by every field component.
import type { FieldError } from "react-hook-form";

export function describedBy(inputId: string, { hint, error }: { hint?: string; error?: FieldError }) {
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error?.message ? `${inputId}-error` : undefined;
  return { inputId, hintId, errorId, describedBy: [errorId, hintId].filter(Boolean).join(" ") || undefined };
}

import type { TextareaHTMLAttributes } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";

import { describedBy } from "./described-by";

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  hint?: string;
}

/** A labelled multi-line input, wired like TextField. */
export function TextAreaField({ label, registration, error, hint, id, ...inputProps }: TextAreaFieldProps) {
  const ids = describedBy(id ?? `field-${registration.name}`, { hint, error });
  return (
    <div className="field">
      <label htmlFor={ids.inputId}>{label}</label>
      <textarea
        id={ids.inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...inputProps}
        {...registration}
      />
      {ids.hintId ? (
        <p id={ids.hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {ids.errorId ? (
        <p id={ids.errorId} className="field-error">
          {error?.message}
        </p>
      ) : null}
    </div>
  );
}

import type { InputHTMLAttributes } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";

import { describedBy } from "./described-by";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name"> {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  hint?: string;
}

/** A labelled input whose error and hint are wired to it with aria-invalid and aria-describedby. */
export function TextField({ label, registration, error, hint, id, ...inputProps }: TextFieldProps) {
  const ids = describedBy(id ?? `field-${registration.name}`, { hint, error });
  return (
    <div className="field">
      <label htmlFor={ids.inputId}>{label}</label>
      <input
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

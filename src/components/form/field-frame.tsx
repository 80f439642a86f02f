import type { ReactNode } from "react";
import type { FieldError } from "react-hook-form";

/** What the control inside a FieldFrame must carry so its label, hint and error reach assistive technology. */
export interface FieldControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

interface FieldFrameProps {
  label: string;
  inputId: string;
  hint?: string;
  error?: FieldError;
  children: (control: FieldControlProps) => ReactNode;
}

/** A label, a control, its hint and its error, wired together with aria-invalid and aria-describedby. */
export function FieldFrame({ label, inputId, hint, error, children }: FieldFrameProps) {
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error?.message ? `${inputId}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {children({
        id: inputId,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": [errorId, hintId].filter(Boolean).join(" ") || undefined,
      })}
      {hintId ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="field-error">
          {error?.message}
        </p>
      ) : null}
    </div>
  );
}

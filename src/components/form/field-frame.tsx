import type { ReactNode } from "react";
import type { FieldError } from "react-hook-form";

import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

/** What the control inside a FieldFrame must carry so its label, hint and error reach assistive technology. */
interface FieldControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

interface FieldFrameProps {
  label: string;
  inputId: string;
  hint?: string;
  error?: FieldError;
  /** Keep the label for assistive technology only, where the row around the field already says what it is. */
  hideLabel?: boolean;
  /** The control before its label on one row, as checkboxes are laid out. */
  controlFirst?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

/** A label, a control, its hint and its error, wired together with aria-invalid and aria-describedby. */
export function FieldFrame({
  label,
  inputId,
  hint,
  error,
  hideLabel = false,
  controlFirst = false,
  children,
}: FieldFrameProps) {
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error?.message ? `${inputId}-error` : undefined;
  const labelElement = (
    <Label htmlFor={inputId} className={cn(error && "text-destructive", hideLabel && "sr-only")}>
      {label}
    </Label>
  );
  const control = children({
    id: inputId,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [errorId, hintId].filter(Boolean).join(" ") || undefined,
  });
  return (
    <div data-slot="field" className="grid gap-2">
      {controlFirst ? (
        <div className="flex items-center gap-2">
          {control}
          {labelElement}
        </div>
      ) : (
        <>
          {labelElement}
          {control}
        </>
      )}
      {hintId ? (
        <p id={hintId} data-slot="field-description" className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} data-slot="field-error" className="text-sm font-medium text-destructive">
          {error?.message}
        </p>
      ) : null}
    </div>
  );
}

import type { InputHTMLAttributes } from "react";
import type { FieldError } from "react-hook-form";

import { Input } from "@/components/ui/input";
import type { FieldRegistration } from "@/hooks/use-action-form";

import { FieldFrame } from "./field-frame";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name"> {
  label: string;
  registration: FieldRegistration;
  error?: FieldError;
  hint?: string;
  hideLabel?: boolean;
}

/** A labelled input whose error and hint are wired to it with aria-invalid and aria-describedby. */
export function TextField({
  label,
  registration,
  error,
  hint,
  hideLabel,
  id,
  ...inputProps
}: TextFieldProps) {
  return (
    <FieldFrame
      label={label}
      inputId={id ?? `field-${registration.name}`}
      hint={hint}
      error={error}
      hideLabel={hideLabel}
    >
      {(control) => <Input {...control} {...inputProps} {...registration} />}
    </FieldFrame>
  );
}

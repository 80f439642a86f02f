import type { TextareaHTMLAttributes } from "react";
import type { FieldError } from "react-hook-form";

import { Textarea } from "@/components/ui/textarea";
import type { FieldRegistration } from "@/hooks/use-action-form";

import { FieldFrame } from "./field-frame";

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> {
  label: string;
  registration: FieldRegistration;
  error?: FieldError;
  hint?: string;
  hideLabel?: boolean;
}

/** A labelled multi-line input, wired like TextField. */
export function TextAreaField({
  label,
  registration,
  error,
  hint,
  hideLabel,
  id,
  ...inputProps
}: TextAreaFieldProps) {
  return (
    <FieldFrame
      label={label}
      inputId={id ?? `field-${registration.name}`}
      hint={hint}
      error={error}
      hideLabel={hideLabel}
    >
      {(control) => <Textarea {...control} {...inputProps} {...registration} />}
    </FieldFrame>
  );
}

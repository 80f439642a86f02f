import type { InputHTMLAttributes } from "react";
import type { FieldError } from "react-hook-form";

import type { FieldRegistration } from "@/hooks/use-action-form";
import { cn } from "@/lib/utils";

import { FieldFrame } from "./field-frame";

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type"> {
  label: string;
  registration: FieldRegistration;
  error?: FieldError;
  hint?: string;
}

/**
 * A labelled checkbox, styled like shadcn/ui's, that posts "true" or "false". A native input, not Radix's button:
 * it toggles and posts before hydration and without JavaScript. The hidden "false" comes first, so a checked box's
 * "true" after it is the value a server reading the last entry of the name sees.
 */
export function CheckboxField({
  label,
  registration,
  error,
  hint,
  id,
  className,
  ...inputProps
}: CheckboxFieldProps) {
  return (
    <FieldFrame
      label={label}
      inputId={id ?? `field-${registration.name}`}
      hint={hint}
      error={error}
      controlFirst
    >
      {(control) => (
        <>
          <input type="hidden" name={registration.name} value="false" />
          <input
            type="checkbox"
            value="true"
            data-slot="checkbox"
            className={cn(
              "size-4 shrink-0 rounded-[4px] border border-input accent-primary shadow-xs transition-shadow outline-none disabled:cursor-not-allowed disabled:opacity-50 dark:bg-input/30",
              "focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50",
              "aria-invalid:border-destructive aria-invalid:ring-destructive/20 dark:aria-invalid:ring-destructive/40",
              className,
            )}
            {...control}
            {...inputProps}
            {...registration}
          />
        </>
      )}
    </FieldFrame>
  );
}

import type { SelectHTMLAttributes } from "react";
import type { FieldError } from "react-hook-form";

import type { FieldRegistration } from "@/hooks/use-action-form";
import { cn } from "@/lib/utils";

import { FieldFrame } from "./field-frame";

interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> {
  label: string;
  registration: FieldRegistration;
  options: readonly SelectOption[];
  /** A first option with the value "": "—" for a field that may be empty, "Choose…" for one without a default. */
  emptyOption?: string;
  error?: FieldError;
  hint?: string;
}

/**
 * A labelled native select, styled like the inputs and wired like TextField. Native, not Radix's: it opens and
 * posts its value before hydration and without JavaScript.
 */
export function SelectField({
  label,
  registration,
  options,
  emptyOption,
  error,
  hint,
  id,
  className,
  ...selectProps
}: SelectFieldProps) {
  return (
    <FieldFrame label={label} inputId={id ?? `field-${registration.name}`} hint={hint} error={error}>
      {(control) => (
        <select
          data-slot="select"
          className={cn(
            "h-9 w-full min-w-0 rounded-md border border-input bg-transparent px-3 py-1 text-base shadow-xs transition-[color,box-shadow] outline-none disabled:cursor-not-allowed disabled:opacity-50 md:text-sm dark:bg-input/30",
            "focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50",
            "aria-invalid:border-destructive aria-invalid:ring-destructive/20 dark:aria-invalid:ring-destructive/40",
            className,
          )}
          {...control}
          {...selectProps}
          {...registration}
        >
          {emptyOption === undefined ? null : <option value="">{emptyOption}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

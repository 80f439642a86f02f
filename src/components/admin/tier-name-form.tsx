"use client";

import { zodResolver } from "@hookform/resolvers/zod";

import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { Notice } from "@/components/layout/notice";
import { useActionForm } from "@/hooks/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import { tierSchema } from "@/lib/validations/admin";

interface TierNameFormProps {
  /** createTierAction, or renameTierAction bound to the current name. */
  action: FormAction;
  defaultName?: string;
  /** Distinguishes the field ids of several forms on one page. */
  fieldId: string;
  label: string;
  submitLabel: string;
  successMessage: string;
  /** In a table row: the label for screen readers only, the field and its button side by side. */
  compact?: boolean;
}

/** One form for creating a tier and renaming one. */
export function TierNameForm({
  action,
  defaultName = "",
  fieldId,
  label,
  submitLabel,
  successMessage,
  compact = false,
}: TierNameFormProps) {
  const { form, field, state, pending, formAction, onSubmit } = useActionForm({
    action,
    resolver: zodResolver(tierSchema),
    defaultValues: { name: defaultName },
    onAnswer: (state, form) => {
      // A rename keeps the new name as the starting point; a new tier leaves the field empty for the next.
      if (state.ok) form.reset(defaultName ? form.getValues() : { name: "" });
    },
  });
  const { errors } = form.formState;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label={submitLabel} className="grid gap-3">
      <FormAlert error={errors.root?.server} />
      <div className="flex flex-wrap items-end gap-2 [&>[data-slot=field]]:min-w-48 [&>[data-slot=field]]:flex-1">
        <TextField
          label={label}
          id={fieldId}
          registration={field("name")}
          error={errors.name}
          autoComplete="off"
          hideLabel={compact}
        />
        <SubmitButton
          pending={pending}
          label={submitLabel}
          pendingLabel="Saving…"
          variant={compact ? "outline" : "default"}
        />
      </div>
      <Notice message={state?.ok && !pending ? successMessage : undefined} />
    </form>
  );
}

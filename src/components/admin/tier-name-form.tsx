"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { Notice } from "@/components/layout/notice";
import type { ActionResult } from "@/lib/action-result";
import { applyActionErrors } from "@/lib/form";
import { tierSchema, type TierInput } from "@/lib/validations/admin";

interface TierNameFormProps {
  /** createTierAction, or renameTierAction bound to the current name. */
  action: (values: TierInput) => Promise<ActionResult>;
  defaultName?: string;
  /** Distinguishes the field ids of several forms on one page. */
  fieldId: string;
  label: string;
  submitLabel: string;
  successMessage: string;
}

/** One form for creating a tier and renaming one. */
export function TierNameForm({
  action,
  defaultName = "",
  fieldId,
  label,
  submitLabel,
  successMessage,
}: TierNameFormProps) {
  const form = useForm<TierInput>({
    resolver: zodResolver(tierSchema),
    defaultValues: { name: defaultName },
  });
  const { errors, isSubmitting } = form.formState;
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    const result = await action(values);
    if (!result.ok) return applyActionErrors(form, result);
    setSaved(true);
    form.reset(defaultName ? values : { name: "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={submitLabel} className="inline-form">
      <FormAlert error={errors.root?.server} />
      <TextField
        label={label}
        id={fieldId}
        registration={form.register("name")}
        error={errors.name}
        autoComplete="off"
      />
      <SubmitButton pending={isSubmitting} label={submitLabel} pendingLabel="Saving…" />
      <Notice message={saved ? successMessage : undefined} />
    </form>
  );
}

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
import { rateLimitSchema, type RateLimitFormInput } from "@/lib/validations/admin";

interface RateLimitFormProps {
  /** createRateLimitAction or updateRateLimitAction, bound to the tier (and id). */
  action: (values: RateLimitFormInput) => Promise<ActionResult>;
  defaultValues?: RateLimitFormInput;
  /** Distinguishes the field ids of several forms on one page. */
  idPrefix: string;
  submitLabel: string;
  successMessage: string;
}

const EMPTY: RateLimitFormInput = { name: "", path: "", limit: "", period: "" };

/** One form for creating and editing a rate limit. */
export function RateLimitForm({
  action,
  defaultValues,
  idPrefix,
  submitLabel,
  successMessage,
}: RateLimitFormProps) {
  const form = useForm<RateLimitFormInput>({
    // raw: the action receives the text as typed and parses it with the same schema.
    resolver: zodResolver(rateLimitSchema, undefined, { raw: true }),
    defaultValues: defaultValues ?? EMPTY,
  });
  const { errors, isSubmitting } = form.formState;
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    const result = await action(values);
    if (!result.ok) return applyActionErrors(form, result);
    setSaved(true);
    form.reset(defaultValues ? values : EMPTY);
  });

  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={submitLabel}>
      <FormAlert error={errors.root?.server} />
      <TextField label="Name" id={id("name")} registration={form.register("name")} error={errors.name} />
      <TextField
        label="API path"
        id={id("path")}
        registration={form.register("path")}
        error={errors.path}
        hint="e.g. api/v1/tasks/task. FastAPI stores it with slashes turned into underscores."
      />
      <TextField
        label="Requests allowed"
        id={id("limit")}
        type="number"
        min={1}
        inputMode="numeric"
        registration={form.register("limit")}
        error={errors.limit}
      />
      <TextField
        label="Per period (seconds)"
        id={id("period")}
        type="number"
        min={1}
        inputMode="numeric"
        registration={form.register("period")}
        error={errors.period}
      />
      <SubmitButton pending={isSubmitting} label={submitLabel} pendingLabel="Saving…" />
      <Notice message={saved ? successMessage : undefined} />
    </form>
  );
}

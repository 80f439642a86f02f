"use client";

import { zodResolver } from "@hookform/resolvers/zod";

import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { Notice } from "@/components/layout/notice";
import { useActionForm } from "@/hooks/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import { rateLimitSchema, type RateLimitFormInput } from "@/lib/validations/admin";

interface RateLimitFormProps {
  /** createRateLimitAction or updateRateLimitAction, bound to the tier (and id). */
  action: FormAction;
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
  const { form, field, state, pending, formAction, onSubmit } = useActionForm({
    action,
    // raw: the action receives the text as typed and parses it with the same schema.
    resolver: zodResolver(rateLimitSchema, undefined, { raw: true }),
    defaultValues: defaultValues ?? EMPTY,
    onAnswer: (state, form) => {
      if (state.ok) form.reset(defaultValues ? form.getValues() : EMPTY);
    },
  });
  const { errors } = form.formState;

  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label={submitLabel} className="grid gap-5">
      <FormAlert error={errors.root?.server} />
      <TextField label="Name" id={id("name")} registration={field("name")} error={errors.name} />
      <TextField
        label="API path"
        id={id("path")}
        registration={field("path")}
        error={errors.path}
        hint="e.g. api/v1/tasks/task. FastAPI stores it with slashes turned into underscores."
      />
      <TextField
        label="Requests allowed"
        id={id("limit")}
        type="number"
        min={1}
        inputMode="numeric"
        registration={field("limit")}
        error={errors.limit}
      />
      <TextField
        label="Per period (seconds)"
        id={id("period")}
        type="number"
        min={1}
        inputMode="numeric"
        registration={field("period")}
        error={errors.period}
      />
      <SubmitButton pending={pending} label={submitLabel} pendingLabel="Saving…" />
      <Notice message={state?.ok && !pending ? successMessage : undefined} />
    </form>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";

import { deleteAccountAction } from "@/actions/profile";
import { FormAlert } from "@/components/form/form-alert";
import { TextField } from "@/components/form/text-field";
import { applyActionErrors } from "@/lib/form";
import { deleteAccountSchema, type DeleteAccountInput } from "@/lib/validations/profile";

interface DeleteAccountFormProps {
  username: string;
}

/** Deleting the account is confirmed by typing the username: a second, deliberate step. */
export function DeleteAccountForm({ username }: DeleteAccountFormProps) {
  const form = useForm<DeleteAccountInput>({
    resolver: zodResolver(deleteAccountSchema),
    defaultValues: { confirmation: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await deleteAccountAction(values);
    if (!result.ok) applyActionErrors(form, result);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Delete your account">
      <FormAlert error={errors.root?.server} />
      <TextField
        label={`Type “${username}” to confirm`}
        registration={form.register("confirmation")}
        error={errors.confirmation}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
      <button type="submit" className="button button-danger" disabled={isSubmitting}>
        {isSubmitting ? "Deleting account…" : "Delete my account"}
      </button>
    </form>
  );
}

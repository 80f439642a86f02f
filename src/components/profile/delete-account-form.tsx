"use client";

import { zodResolver } from "@hookform/resolvers/zod";

import { deleteAccountAction } from "@/actions/profile";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { useActionForm } from "@/hooks/use-action-form";
import { deleteAccountSchema } from "@/lib/validations/profile";

interface DeleteAccountFormProps {
  username: string;
  /** A password session proves itself again; one started at an OpenID provider has no password here. */
  asksPassword: boolean;
}

/** Deleting the account is confirmed by typing the username and the password: a second, deliberate step. */
export function DeleteAccountForm({ username, asksPassword }: DeleteAccountFormProps) {
  const { form, field, pending, formAction, onSubmit } = useActionForm({
    action: deleteAccountAction,
    resolver: zodResolver(deleteAccountSchema),
    defaultValues: { confirmation: "", currentPassword: "" },
  });
  const { errors } = form.formState;

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label="Delete your account"
      className="grid gap-4"
    >
      <FormAlert error={errors.root?.server} />
      <TextField
        label={`Type “${username}” to confirm`}
        registration={field("confirmation")}
        error={errors.confirmation}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
      {asksPassword ? (
        <TextField
          label="Current password"
          type="password"
          registration={field("currentPassword")}
          error={errors.currentPassword}
          autoComplete="current-password"
        />
      ) : null}
      <div>
        <SubmitButton
          pending={pending}
          label="Delete my account"
          pendingLabel="Deleting account…"
          variant="destructive"
        />
      </div>
    </form>
  );
}

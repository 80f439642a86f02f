"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useWatch } from "react-hook-form";

import { updateProfileAction } from "@/actions/profile";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { Notice } from "@/components/layout/notice";
import { useActionForm } from "@/hooks/use-action-form";
import { profileSchema, type ProfileInput } from "@/lib/validations/profile";

interface ProfileFormProps {
  defaultValues: Omit<ProfileInput, "currentPassword">;
  /** A password session proves itself again before its username or e-mail, the ways to sign in, change. */
  asksPassword: boolean;
}

/** Edits the profile. Changing the username or e-mail asks for the current password. */
export function ProfileForm({ defaultValues, asksPassword }: ProfileFormProps) {
  const { form, field, state, pending, formAction, onSubmit } = useActionForm({
    action: updateProfileAction,
    resolver: zodResolver(profileSchema),
    defaultValues: { ...defaultValues, currentPassword: "" },
  });
  const { errors } = form.formState;
  // Every change but "nothing changed" redirects, so a success that lands here is that one.
  const unchanged = state?.ok === true && !pending;
  const [username, email] = useWatch({ control: form.control, name: ["username", "email"] });
  const changesSignIn = username.trim() !== defaultValues.username || email.trim() !== defaultValues.email;

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label="Edit your profile"
      className="grid gap-5"
    >
      <FormAlert error={errors.root?.server} />
      <Notice message={unchanged ? "Nothing to save: the profile is unchanged." : undefined} />
      <TextField label="Name" registration={field("name")} error={errors.name} autoComplete="name" />
      <TextField
        label="Username"
        registration={field("username")}
        error={errors.username}
        hint="2–20 lowercase letters or digits. Changing it signs you in again under the new name."
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField
        label="E-mail"
        type="email"
        registration={field("email")}
        error={errors.email}
        autoComplete="email"
      />
      <TextField
        label="Profile image URL"
        type="url"
        registration={field("imageUrl")}
        error={errors.imageUrl}
      />
      {asksPassword && changesSignIn ? (
        <TextField
          label="Current password"
          type="password"
          registration={field("currentPassword")}
          error={errors.currentPassword}
          hint="Needed to change your username or e-mail."
          autoComplete="current-password"
        />
      ) : null}
      <SubmitButton pending={pending} label="Save profile" pendingLabel="Saving…" />
    </form>
  );
}

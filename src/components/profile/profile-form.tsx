"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { updateProfileAction } from "@/actions/profile";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { Notice } from "@/components/layout/notice";
import { applyActionErrors } from "@/lib/form";
import { profileSchema, type ProfileInput } from "@/lib/validations/profile";

interface ProfileFormProps {
  defaultValues: Omit<ProfileInput, "currentPassword">;
}

/** Edits the profile. Changing the username asks for the password, because the app signs in again with it. */
export function ProfileForm({ defaultValues }: ProfileFormProps) {
  const form = useForm<ProfileInput>({
    resolver: zodResolver(profileSchema),
    defaultValues: { ...defaultValues, currentPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const [unchanged, setUnchanged] = useState(false);
  const renaming = useWatch({ control: form.control, name: "username" }).trim() !== defaultValues.username;

  const onSubmit = form.handleSubmit(async (values) => {
    setUnchanged(false);
    const result = await updateProfileAction(values);
    if (!result.ok) applyActionErrors(form, result);
    else setUnchanged(true);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Edit your profile">
      <FormAlert error={errors.root?.server} />
      <Notice message={unchanged ? "Nothing to save: the profile is unchanged." : undefined} />
      <TextField label="Name" registration={form.register("name")} error={errors.name} autoComplete="name" />
      <TextField
        label="Username"
        registration={form.register("username")}
        error={errors.username}
        hint="2–20 lowercase letters or digits. Changing it signs you in again under the new name."
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField
        label="E-mail"
        type="email"
        registration={form.register("email")}
        error={errors.email}
        autoComplete="email"
      />
      <TextField
        label="Profile image URL"
        type="url"
        registration={form.register("imageUrl")}
        error={errors.imageUrl}
      />
      {renaming ? (
        <TextField
          label="Current password"
          type="password"
          registration={form.register("currentPassword")}
          error={errors.currentPassword}
          hint="Needed to change your username."
          autoComplete="current-password"
        />
      ) : null}
      <SubmitButton pending={isSubmitting} label="Save profile" pendingLabel="Saving…" />
    </form>
  );
}

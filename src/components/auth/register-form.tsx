"use client";

import { zodResolver } from "@hookform/resolvers/zod";

import { registerAction } from "@/actions/auth";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { useActionForm } from "@/hooks/use-action-form";
import { registerSchema } from "@/lib/validations/auth";

export function RegisterForm() {
  const { form, field, pending, formAction, onSubmit } = useActionForm({
    action: registerAction,
    resolver: zodResolver(registerSchema),
    defaultValues: { name: "", username: "", email: "", password: "" },
  });
  const { errors } = form.formState;

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label="Create an account"
      className="grid gap-5"
    >
      <FormAlert error={errors.root?.server} />
      <TextField label="Name" registration={field("name")} error={errors.name} autoComplete="name" />
      <TextField
        label="Username"
        registration={field("username")}
        error={errors.username}
        hint="2–20 lowercase letters or digits."
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
        label="Password"
        type="password"
        registration={field("password")}
        error={errors.password}
        hint="At least 8 characters, with lowercase and uppercase letters and a digit."
        autoComplete="new-password"
      />
      <SubmitButton
        pending={pending}
        label="Create account"
        pendingLabel="Creating account…"
        className="w-full"
      />
    </form>
  );
}

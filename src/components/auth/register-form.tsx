"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";

import { registerAction } from "@/actions/auth";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { applyActionErrors } from "@/lib/form";
import { registerSchema, type RegisterInput } from "@/lib/validations/auth";

export function RegisterForm() {
  const form = useForm<RegisterInput>({
    resolver: zodResolver(registerSchema),
    defaultValues: { name: "", username: "", email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await registerAction(values);
    if (!result.ok) applyActionErrors(form, result);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create an account">
      <FormAlert error={errors.root?.server} />
      <TextField label="Name" registration={form.register("name")} error={errors.name} autoComplete="name" />
      <TextField
        label="Username"
        registration={form.register("username")}
        error={errors.username}
        hint="2–20 lowercase letters or digits."
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
        label="Password"
        type="password"
        registration={form.register("password")}
        error={errors.password}
        hint="At least 8 characters, with lowercase and uppercase letters and a digit."
        autoComplete="new-password"
      />
      <SubmitButton pending={isSubmitting} label="Create account" pendingLabel="Creating account…" />
    </form>
  );
}

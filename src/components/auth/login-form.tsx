"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";

import { loginAction } from "@/actions/auth";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { applyActionErrors } from "@/lib/form";
import { loginSchema, type LoginInput } from "@/lib/validations/auth";

interface LoginFormProps {
  /** Where to go after signing in; the server accepts it only as a same-site path. */
  next?: string;
}

export function LoginForm({ next }: LoginFormProps) {
  const form = useForm<LoginInput>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await loginAction(values, next);
    if (result.ok) return;
    // Wrong credentials: keep the username, clear the password so the next attempt starts clean.
    if (result.reason === "unauthorized") form.resetField("password");
    applyActionErrors(form, result);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Sign in">
      <FormAlert error={errors.root?.server} />
      <TextField
        label="Username or e-mail"
        registration={form.register("username")}
        error={errors.username}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField
        label="Password"
        type="password"
        registration={form.register("password")}
        error={errors.password}
        autoComplete="current-password"
      />
      <SubmitButton pending={isSubmitting} label="Sign in" pendingLabel="Signing in…" />
    </form>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";

import { loginAction } from "@/actions/auth";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { useActionForm } from "@/hooks/use-action-form";
import { loginSchema } from "@/lib/validations/auth";

interface LoginFormProps {
  /** Where to go after signing in; the server accepts it only as a same-site path. */
  next?: string;
}

export function LoginForm({ next }: LoginFormProps) {
  const { form, field, pending, formAction, onSubmit } = useActionForm({
    action: loginAction,
    resolver: zodResolver(loginSchema),
    defaultValues: { username: "", password: "" },
    onAnswer: (state, form) => {
      // Wrong credentials: keep the username, clear the password so the next attempt starts clean.
      if (!state.ok && state.reason === "unauthorized") form.resetField("password");
    },
  });
  const { errors } = form.formState;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label="Sign in" className="grid gap-5">
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormAlert error={errors.root?.server} />
      <TextField
        label="Username or e-mail"
        registration={field("username")}
        error={errors.username}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField
        label="Password"
        type="password"
        registration={field("password")}
        error={errors.password}
        autoComplete="current-password"
      />
      <SubmitButton pending={pending} label="Sign in" pendingLabel="Signing in…" className="w-full" />
    </form>
  );
}

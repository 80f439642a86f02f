// Zod schemas for the sign-in and sign-up forms, shared by the client forms and the server actions.
import * as z from "./zod";

import { emailField, nameField, usernameField } from "./fields";

export const loginSchema = z.object({
  username: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Enter your username or e-mail."),
      z.maxLength(254, "That is longer than any username or e-mail."),
    ),
  password: z
    .string()
    .check(z.minLength(1, "Enter your password."), z.maxLength(1024, "That password is too long.")),
});

/** Stricter than FastAPI's own rules, which accept any non-empty password. */
export const registerSchema = z.object({
  name: nameField,
  username: usernameField,
  email: emailField,
  password: z.string().check(
    z.minLength(8, "Use at least 8 characters."),
    // bcrypt reads only the first 72 bytes: anything after them would be silently ignored.
    z.refine((value) => new TextEncoder().encode(value).length <= 72, "Use at most 72 bytes."),
    z.refine(
      (value) => /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value),
      "Mix lowercase and uppercase letters and at least one digit.",
    ),
  ),
});

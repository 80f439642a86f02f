// Zod schemas for the sign-in and sign-up forms, shared by the client forms and the server actions.
import * as z from "zod";

// Zod probes `new Function` to compile fast validators; under our CSP (no 'unsafe-eval') the browser refuses it
// and reports a violation even though Zod falls back quietly. Interpreted validation is plenty for a form.
z.config({ jitless: true });

export const loginSchema = z.object({
  username: z
    .string()
    .trim()
    .min(1, "Enter your username or e-mail.")
    .max(254, "That is longer than any username or e-mail."),
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
});
export type LoginInput = z.infer<typeof loginSchema>;

/** Stricter than FastAPI's own rules, which accept any non-empty password. */
export const registerSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Your name needs at least 2 characters.")
    .max(30, "Your name can have at most 30 characters."),
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9]{2,20}$/, "Use 2–20 lowercase letters or digits."),
  email: z
    .email("Enter a valid e-mail address.")
    // FastAPI's column holds 50 characters; a longer address would pass its validation and then fail with a 500.
    .max(50, "That e-mail address is too long (50 characters at most)."),
  password: z
    .string()
    .min(8, "Use at least 8 characters.")
    // bcrypt reads only the first 72 bytes: anything after them would be silently ignored.
    .refine((value) => new TextEncoder().encode(value).length <= 72, "Use at most 72 bytes.")
    .refine(
      (value) => /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value),
      "Mix lowercase and uppercase letters and at least one digit.",
    ),
});
export type RegisterInput = z.infer<typeof registerSchema>;

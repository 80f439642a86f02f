// Zod schemas for the profile forms, shared by the client forms and the server actions.
import * as z from "./zod";

import { emailField, nameField, urlField, usernameField } from "./fields";

/** The current password is asked for only when the username or e-mail changes: the ways to sign in. */
const currentPasswordField = z._default(
  z.string().check(z.maxLength(1024, "That password is too long.")),
  "",
);

export const profileSchema = z.object({
  name: nameField,
  username: usernameField,
  email: emailField,
  imageUrl: urlField,
  // Absent from the posted form while username and e-mail stay the same: the field only shows for those.
  currentPassword: currentPasswordField,
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const deleteAccountSchema = z.object({
  confirmation: z.string().check(z.trim(), z.minLength(1, "Type your username to confirm.")),
  // Absent for a session started at an OpenID provider, which has no password here.
  currentPassword: currentPasswordField,
});

// Zod schemas for the profile forms, shared by the client forms and the server actions.
import * as z from "./zod";

import { emailField, nameField, urlField, usernameField } from "./fields";

/**
 * The current password is asked for only when the username changes: FastAPI's tokens name the user, so a new
 * username ends every session and the app signs the user in again with it.
 */
export const profileSchema = z.object({
  name: nameField,
  username: usernameField,
  email: emailField,
  imageUrl: urlField,
  // Absent from the posted form while the username stays the same: the field only shows for a rename.
  currentPassword: z._default(z.string().check(z.maxLength(1024, "That password is too long.")), ""),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const deleteAccountSchema = z.object({
  confirmation: z.string().check(z.trim(), z.minLength(1, "Type your username to confirm.")),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

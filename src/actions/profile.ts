"use server";
// Server actions for the signed-in user's own account: edit the profile (including the username) and delete it.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { deleteMyAccount, updateMyProfile } from "@/data/profile";
import { fail, fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { loginPathFor } from "@/lib/auth/login-notices";
import { answerForm, type FormFields } from "@/lib/forms/answer-form";
import type { FormState } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/notices";
import { deleteAccountSchema, profileSchema } from "@/lib/validations/profile";

const PROFILE_PATH = "/dashboard/profile";
const SECRET_FIELDS = ["currentPassword"];
const PASSWORD_NEEDED = { currentPassword: ["Enter your current password to confirm this change."] };
const WRONG_PASSWORD = { currentPassword: ["That password is not right."] };

export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // The current password proves a username or e-mail change; like every password, it is never sent back.
  return answerForm(formData, updateProfile, { secretFields: SECRET_FIELDS });
}

async function updateProfile(fields: FormFields): Promise<ActionResult> {
  const parsed = profileSchema.safeParse(fields);
  if (!parsed.success) return fromZodError(parsed.error);

  const result = await updateMyProfile(parsed.data);
  if (!result.ok) return result;
  const outcome = result.data;
  switch (outcome) {
    case "unchanged":
      return ok(undefined);
    case "password-needed":
      return fail("invalid", undefined, PASSWORD_NEEDED);
    case "wrong-password":
      return fail("invalid", undefined, WRONG_PASSWORD);
    case "renamed-signed-out":
      redirect(loginPathFor("username-changed"));
  }
  // The header shows the name: refresh the whole dashboard, not just this page.
  revalidatePath("/dashboard", "layout");
  redirect(withNotice(PROFILE_PATH, outcome === "renamed" ? "username-changed" : "profile-updated"));
}

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm(formData, deleteAccount, { secretFields: SECRET_FIELDS });
}

async function deleteAccount(fields: FormFields): Promise<ActionResult> {
  const parsed = deleteAccountSchema.safeParse(fields);
  if (!parsed.success) return fromZodError(parsed.error);

  const { confirmation, currentPassword } = parsed.data;
  const result = await deleteMyAccount(confirmation, currentPassword);
  if (!result.ok) return result;
  switch (result.data) {
    case "mismatch":
      return fail("invalid", undefined, {
        confirmation: ["Type your username exactly as shown to confirm."],
      });
    case "password-needed":
      return fail("invalid", undefined, PASSWORD_NEEDED);
    case "wrong-password":
      return fail("invalid", undefined, WRONG_PASSWORD);
  }
  redirect(loginPathFor("account-deleted"));
}

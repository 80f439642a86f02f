"use server";
// Server actions for the admin area's users: set a tier, delete for good. Superusers only (checked by the data layer).

import { revalidatePath } from "next/cache";

import { hardDeleteUserAsAdmin, setUserTierAsAdmin } from "@/data/admin/users";
import { fail, fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { answerForm } from "@/lib/forms/answer-form";
import type { FormState } from "@/lib/forms/form-state";
import { userTierSchema } from "@/lib/validations/admin";
import { usernameField } from "@/lib/validations/fields";

const ADMIN_USERS_PATH = "/dashboard/admin/users";
const UNKNOWN_USER = fail("not-found", "This user does not exist.");

const isUsername = (username: unknown): username is string => usernameField.safeParse(username).success;

export async function setUserTierAction(
  username: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return answerForm(formData, async (fields) => {
    if (!isUsername(username)) return UNKNOWN_USER;
    const parsed = userTierSchema.safeParse(fields);
    if (!parsed.success) return fromZodError(parsed.error);

    const result = await setUserTierAsAdmin(username, parsed.data.tierId);
    if (!result.ok) return result;
    revalidatePath(ADMIN_USERS_PATH);
    return ok(undefined);
  });
}

export async function hardDeleteUserAction(username: string): Promise<ActionResult> {
  if (!isUsername(username)) return UNKNOWN_USER;

  const result = await hardDeleteUserAsAdmin(username);
  if (!result.ok) return result;
  revalidatePath(ADMIN_USERS_PATH);
  return ok(undefined);
}

"use server";
// Server actions for the admin area's tiers. The data layer refuses non-superusers before any backend call.

import { revalidatePath } from "next/cache";

import { createTierAsAdmin, deleteTierAsAdmin, renameTierAsAdmin } from "@/data/admin/tiers";
import { fail, fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { answerForm } from "@/lib/forms/answer-form";
import type { FormState } from "@/lib/forms/form-state";
import { isTierName, tierSchema } from "@/lib/validations/admin";

const TIERS_PATH = "/dashboard/admin/tiers";
const UNKNOWN_TIER = fail("not-found", "This tier does not exist.");

export async function createTierAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm(formData, async (fields) => {
    const parsed = tierSchema.safeParse(fields);
    if (!parsed.success) return fromZodError(parsed.error);

    const result = await createTierAsAdmin(parsed.data.name);
    if (!result.ok) return result;
    revalidatePath(TIERS_PATH);
    return ok(undefined);
  });
}

export async function renameTierAction(
  name: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return answerForm(formData, async (fields) => {
    if (!isTierName(name)) return UNKNOWN_TIER;
    const parsed = tierSchema.safeParse(fields);
    if (!parsed.success) return fromZodError(parsed.error);

    const result = await renameTierAsAdmin(name, parsed.data.name);
    if (!result.ok) return result;
    revalidatePath(TIERS_PATH);
    return ok(undefined);
  });
}

export async function deleteTierAction(name: string): Promise<ActionResult> {
  if (!isTierName(name)) return UNKNOWN_TIER;

  const result = await deleteTierAsAdmin(name);
  if (!result.ok) return result;
  revalidatePath(TIERS_PATH);
  return ok(undefined);
}

"use server";
// Server actions for the admin area's rate limits. The data layer refuses non-superusers before any backend call.

import { revalidatePath } from "next/cache";

import {
  createRateLimitAsAdmin,
  deleteRateLimitAsAdmin,
  updateRateLimitAsAdmin,
} from "@/data/admin/rate-limits";
import { fail, fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { answerForm } from "@/lib/forms/answer-form";
import type { FormState } from "@/lib/forms/form-state";
import { isTierName, rateLimitSchema } from "@/lib/validations/admin";
import { idField } from "@/lib/validations/fields";

const UNKNOWN = fail("not-found", "This tier or rate limit does not exist.");

const isId = (id: unknown): id is number => idField.safeParse(id).success;
const tierPath = (tierName: string) => `/dashboard/admin/tiers/${encodeURIComponent(tierName)}`;

export async function createRateLimitAction(
  tierName: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return answerForm(formData, async (fields) => {
    if (!isTierName(tierName)) return UNKNOWN;
    const parsed = rateLimitSchema.safeParse(fields);
    if (!parsed.success) return fromZodError(parsed.error);

    const result = await createRateLimitAsAdmin(tierName, parsed.data);
    if (!result.ok) return result;
    revalidatePath(tierPath(tierName));
    return ok(undefined);
  });
}

export async function updateRateLimitAction(
  tierName: string,
  id: number,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return answerForm(formData, async (fields) => {
    if (!isTierName(tierName) || !isId(id)) return UNKNOWN;
    const parsed = rateLimitSchema.safeParse(fields);
    if (!parsed.success) return fromZodError(parsed.error);

    const result = await updateRateLimitAsAdmin(tierName, id, parsed.data);
    if (!result.ok) return result;
    revalidatePath(tierPath(tierName));
    return ok(undefined);
  });
}

export async function deleteRateLimitAction(tierName: string, id: number): Promise<ActionResult> {
  if (!isTierName(tierName) || !isId(id)) return UNKNOWN;

  const result = await deleteRateLimitAsAdmin(tierName, id);
  if (!result.ok) return result;
  revalidatePath(tierPath(tierName));
  return ok(undefined);
}

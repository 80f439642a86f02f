"use server";
// Server actions for the signed-in user's posts: validate, call the data layer, return a typed result.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { createMyPost, deleteMyPost, updateMyPost } from "@/data/posts";
import { fail, fromZodError, type ActionResult } from "@/lib/action-result";
import { answerForm } from "@/lib/forms/answer-form";
import type { FormState } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/notices";
import { idField } from "@/lib/validations/fields";
import { postSchema, type PostFormInput } from "@/lib/validations/posts";

const POSTS_PATH = "/dashboard/posts";
const INVALID_POST = "This post does not exist.";

const toPostInput = (values: PostFormInput) => ({
  title: values.title,
  text: values.text,
  mediaUrl: values.mediaUrl || null,
});

export async function createPostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm(formData, async (fields) => {
    const parsed = postSchema.safeParse(fields);
    if (!parsed.success) return fromZodError(parsed.error);

    const result = await createMyPost(toPostInput(parsed.data));
    if (!result.ok) return result;
    revalidatePath(POSTS_PATH);
    // IMPORTANT: redirect() throws to navigate, so it stays outside every try/catch.
    redirect(withNotice(POSTS_PATH, "post-created"));
  });
}

export async function updatePostAction(
  id: number,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return answerForm(formData, async (fields) => {
    if (!idField.safeParse(id).success) return fail("not-found", INVALID_POST);
    const parsed = postSchema.safeParse(fields);
    if (!parsed.success) return fromZodError(parsed.error);

    const result = await updateMyPost(id, toPostInput(parsed.data));
    if (!result.ok) return result;
    revalidatePath(POSTS_PATH);
    redirect(withNotice(POSTS_PATH, "post-updated"));
  });
}

export async function deletePostAction(id: number): Promise<ActionResult> {
  if (!idField.safeParse(id).success) return fail("not-found", INVALID_POST);

  const result = await deleteMyPost(id);
  if (!result.ok) return result;
  revalidatePath(POSTS_PATH);
  redirect(withNotice(POSTS_PATH, "post-deleted"));
}

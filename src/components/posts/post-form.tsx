"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useForm } from "react-hook-form";

import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextAreaField } from "@/components/form/text-area-field";
import { TextField } from "@/components/form/text-field";
import type { ActionResult } from "@/lib/action-result";
import { applyActionErrors } from "@/lib/form";
import { postSchema, type PostFormInput } from "@/lib/validations/posts";

interface PostFormProps {
  /** The create or update action, already bound to the post id when editing. */
  action: (values: PostFormInput) => Promise<ActionResult>;
  defaultValues?: PostFormInput;
  submitLabel: string;
}

/** One form for writing and editing a post. On success the action redirects; on failure the input stays. */
export function PostForm({ action, defaultValues, submitLabel }: PostFormProps) {
  const form = useForm<PostFormInput>({
    resolver: zodResolver(postSchema),
    defaultValues: defaultValues ?? { title: "", text: "", mediaUrl: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await action(values);
    if (!result.ok) applyActionErrors(form, result);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={submitLabel}>
      <FormAlert error={errors.root?.server} />
      <TextField
        label="Title"
        registration={form.register("title")}
        error={errors.title}
        hint="2–30 characters."
      />
      <TextAreaField label="Text" registration={form.register("text")} error={errors.text} rows={8} />
      <TextField
        label="Media URL (optional)"
        type="url"
        registration={form.register("mediaUrl")}
        error={errors.mediaUrl}
        hint="A link to an image or video, starting with https://."
      />
      <div className="actions">
        <SubmitButton pending={isSubmitting} label={submitLabel} pendingLabel="Saving…" />
        <Link href="/dashboard/posts">Cancel</Link>
      </div>
    </form>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";

import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { TextAreaField } from "@/components/form/text-area-field";
import { TextField } from "@/components/form/text-field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/hooks/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import { postSchema, type PostFormInput } from "@/lib/validations/posts";

interface PostFormProps {
  /** The create or update action, already bound to the post id when editing. */
  action: FormAction;
  defaultValues?: PostFormInput;
  submitLabel: string;
}

/** One form for writing and editing a post. On success the action redirects; on failure the input stays. */
export function PostForm({ action, defaultValues, submitLabel }: PostFormProps) {
  const { form, field, pending, formAction, onSubmit } = useActionForm({
    action,
    resolver: zodResolver(postSchema),
    defaultValues: defaultValues ?? { title: "", text: "", mediaUrl: "" },
  });
  const { errors } = form.formState;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label={submitLabel} className="grid gap-5">
      <FormAlert error={errors.root?.server} />
      <TextField label="Title" registration={field("title")} error={errors.title} hint="2–30 characters." />
      <TextAreaField label="Text" registration={field("text")} error={errors.text} rows={8} />
      <TextField
        label="Media URL (optional)"
        type="url"
        registration={field("mediaUrl")}
        error={errors.mediaUrl}
        hint="A link to an image or video, starting with https://."
      />
      <div className="flex items-center gap-2">
        <SubmitButton pending={pending} label={submitLabel} pendingLabel="Saving…" />
        <Button asChild variant="ghost">
          <Link href="/dashboard/posts">Cancel</Link>
        </Button>
      </div>
    </form>
  );
}

"use client";

import { deletePostAction } from "@/actions/posts";
import { ConfirmButton } from "@/components/form/confirm-button";

interface DeletePostButtonProps {
  id: number;
  title: string;
}

export function DeletePostButton({ id, title }: DeletePostButtonProps) {
  return (
    <ConfirmButton
      label="Delete"
      question={`Delete “${title}”?`}
      consequence="This cannot be undone."
      confirmLabel="Delete post"
      pendingLabel="Deleting…"
      action={deletePostAction.bind(null, id)}
    />
  );
}

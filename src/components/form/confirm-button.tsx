"use client";

import { Loader2Icon } from "lucide-react";
import { useActionState, useEffect, useId, useState, type ComponentProps } from "react";

import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { useFailureToast } from "@/hooks/use-failure-toast";
import type { FormAction, FormState } from "@/lib/forms/form-state";

interface ConfirmButtonProps {
  /** The button that asks, e.g. "Delete". */
  label: string;
  /** The dialog's title, e.g. "Delete “My post”?" */
  question: string;
  /** What follows, e.g. "This cannot be undone." */
  consequence?: string;
  confirmLabel: string;
  pendingLabel: string;
  /** The server action, bound to what it deletes; on success it usually redirects, else its message shows here. */
  action: FormAction;
  variant?: ComponentProps<typeof Button>["variant"];
}

/**
 * A destructive button in a form that posts to its server action. Once hydrated, it asks in an AlertDialog first
 * and nothing happens until the explicit confirmation; before hydration (or without JavaScript) the button posts
 * like any other form.
 */
export function ConfirmButton({
  label,
  question,
  consequence,
  confirmLabel,
  pendingLabel,
  action,
  variant = "outline",
}: ConfirmButtonProps) {
  const formId = useId();
  // The server action itself, not a wrapper: only a server action can be posted before hydration.
  const [state, dispatch, pending] = useActionState<FormState, FormData>(action, null);
  // The dialog closes once an answer newer than the one it was opened with says the action succeeded.
  const [openedWith, setOpenedWith] = useState<{ state: FormState } | null>(null);
  const open = openedWith !== null && !(state?.ok && state !== openedWith.state);
  const error = state && !state.ok ? (state.message ?? "That did not work. Please try again.") : undefined;
  // Only an answer to this opening of the dialog: an old failure is not news.
  const answeredHere = openedWith !== null && state !== openedWith.state;

  const showFailure = useFailureToast();
  useEffect(() => {
    if (error) showFailure?.(error);
  }, [state, error, showFailure]);

  return (
    <form id={formId} action={dispatch}>
      <Button
        type="submit"
        variant={variant}
        size="sm"
        disabled={pending}
        onClick={(event) => {
          event.preventDefault();
          setOpenedWith({ state });
        }}
      >
        {label}
      </Button>
      <AlertDialog open={open} onOpenChange={(next) => (next ? undefined : setOpenedWith(null))}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{question}</AlertDialogTitle>
            {consequence ? <AlertDialogDescription>{consequence}</AlertDialogDescription> : null}
          </AlertDialogHeader>
          <div role="alert" className="text-sm font-medium text-destructive empty:hidden">
            {answeredHere ? error : null}
          </div>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
            {/* Outside the form in the page (the dialog is portalled), and still its submit button. */}
            <Button type="submit" form={formId} variant="destructive" disabled={pending}>
              {pending ? (
                <Loader2Icon className="animate-spin motion-reduce:animate-none" aria-hidden />
              ) : null}
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </form>
  );
}

"use client";

import { useActionState, useState } from "react";

import type { FormAction, FormState } from "@/lib/forms/form-state";

interface ConfirmButtonProps {
  /** The first button, e.g. "Delete". */
  label: string;
  /** What the second step asks, e.g. "Delete “My post”? This cannot be undone." */
  question: string;
  confirmLabel: string;
  pendingLabel: string;
  /** The server action, bound to what it deletes; on success it usually redirects, else its message shows here. */
  action: FormAction;
}

/**
 * A destructive button in a form that posts to its server action. Once hydrated, nothing happens until a second,
 * explicit click; before hydration (or without JavaScript) the button posts like any other form.
 */
export function ConfirmButton({ label, question, confirmLabel, pendingLabel, action }: ConfirmButtonProps) {
  // The server action itself, not a wrapper: only a server action can be posted before hydration.
  const [state, dispatch, pending] = useActionState<FormState, FormData>(action, null);
  // The question closes once an answer newer than the one it was opened with says the action succeeded.
  const [openedWith, setOpenedWith] = useState<{ state: FormState } | null>(null);
  const asking = openedWith !== null && !(state?.ok && state !== openedWith.state);
  const error = state && !state.ok ? (state.message ?? "That did not work. Please try again.") : undefined;

  const askFirst = (event: React.FormEvent<HTMLFormElement>) => {
    if (asking) return;
    event.preventDefault();
    setOpenedWith({ state });
  };

  return (
    <form action={dispatch} onSubmit={askFirst}>
      {asking ? (
        <div className="confirm" role="group" aria-label={question}>
          <p>{question}</p>
          <div className="actions">
            <button type="submit" className="button button-danger" disabled={pending}>
              {pending ? pendingLabel : confirmLabel}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setOpenedWith(null)}
              disabled={pending}
            >
              Cancel
            </button>
          </div>
          <div role="alert" className={error ? "form-alert" : undefined}>
            {error}
          </div>
        </div>
      ) : (
        <button type="submit" className="button button-danger" disabled={pending}>
          {label}
        </button>
      )}
    </form>
  );
}

"use client";

import { useState, useTransition } from "react";

import type { ActionResult } from "@/lib/action-result";

interface ConfirmButtonProps {
  /** The first button, e.g. "Delete". */
  label: string;
  /** What the second step asks, e.g. "Delete “My post”? This cannot be undone." */
  question: string;
  confirmLabel: string;
  pendingLabel: string;
  /** The server action; on success it usually redirects, otherwise its message is shown here. */
  onConfirm: () => Promise<ActionResult<unknown>>;
}

/** A destructive button with a confirmation step: nothing happens until the second, explicit click. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  pendingLabel,
  onConfirm,
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = await onConfirm();
      if (!result.ok) setError(result.message ?? "That did not work. Please try again.");
      else setAsking(false);
    });

  if (!asking) {
    return (
      <button type="button" className="button button-danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <div className="actions">
        <button type="button" className="button button-danger" onClick={confirm} disabled={pending}>
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setAsking(false)}
          disabled={pending}
        >
          Cancel
        </button>
      </div>
      <div role="alert" className={error ? "form-alert" : undefined}>
        {error}
      </div>
    </div>
  );
}

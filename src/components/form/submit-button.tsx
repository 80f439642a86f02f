interface SubmitButtonProps {
  pending: boolean;
  label: string;
  pendingLabel: string;
}

/** A submit button that says what is happening and refuses a second click while the action runs. */
export function SubmitButton({ pending, label, pendingLabel }: SubmitButtonProps) {
  return (
    <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}

interface FormAlertProps {
  /** The form's `root.server` error, set from a failed answer with the failure reason as its type (formErrorsOf). */
  error?: { type?: string | number; message?: string };
}

/**
 * The form-level error, announced by screen readers as soon as it appears. When the session has ended, the
 * way back is a sign-in in a new tab: this page, and what the user typed, stay as they are for a resubmit.
 */
export function FormAlert({ error }: FormAlertProps) {
  const message = error?.message;
  return (
    <div role="alert" className={message ? "form-alert" : undefined}>
      {message}
      {error?.type === "session-expired" ? (
        <>
          {" "}
          <a href="/login" target="_blank" rel="noopener">
            Sign in again in a new tab
          </a>
          , then submit this form again: nothing you typed is lost.
        </>
      ) : null}
    </div>
  );
}

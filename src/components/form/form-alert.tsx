import { CircleAlertIcon } from "lucide-react";

import { Alert, AlertDescription } from "@/components/ui/alert";

interface FormAlertProps {
  /** The form's `root.server` error, set from a failed answer with the failure reason as its type (formErrorsOf). */
  error?: { type?: string | number; message?: string };
}

/**
 * The form-level error, announced by screen readers as soon as it appears: the live region is always in the page,
 * only its content changes. When the session has ended, the way back is a sign-in in a new tab: this page, and
 * what the user typed, stay as they are for a resubmit.
 */
export function FormAlert({ error }: FormAlertProps) {
  const message = error?.message;
  return (
    <div role="alert" className="empty:hidden">
      {message ? (
        <Alert variant="destructive" role={undefined}>
          <CircleAlertIcon aria-hidden />
          <AlertDescription>
            <p>
              {message}
              {error?.type === "session-expired" ? (
                <>
                  {" "}
                  <a href="/login" target="_blank" rel="noopener" className="font-medium underline">
                    Sign in again in a new tab
                  </a>
                  , then submit this form again: nothing you typed is lost.
                </>
              ) : null}
            </p>
          </AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}

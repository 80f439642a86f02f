// The one error a request's work raises when it cannot be done: why (the reason a form, section or page shows)
// and, when it is about one field, which.
import type { FailureReason, FieldErrors } from "@/lib/action-result";

export class RequestFailure extends Error {
  readonly reason: FailureReason;
  /** Messages for the form fields the failure is about; the message then stays off the form's top. */
  readonly fieldErrors: FieldErrors | undefined;

  constructor(reason: FailureReason, message: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = "RequestFailure";
    this.reason = reason;
    this.fieldErrors = fieldErrors;
  }
}

/** FastAPI refused both the access token and a refresh: the user must sign in again. */
export const sessionExpired = () =>
  new RequestFailure("session-expired", "Your session has ended. Please sign in again.");

/** Signed in, but not allowed: raised before any backend call is made. */
export const accessDenied = () => new RequestFailure("forbidden", "Only administrators can do this.");

/** A change refused before it is sent, because FastAPI would answer it with a bare 500. */
export const conflict = (message: string, field?: string) =>
  field ? new RequestFailure("invalid", "", { [field]: [message] }) : new RequestFailure("invalid", message);

/** An attempt that must wait (the sign-in limits). */
export const rateLimited = (message: string) => new RequestFailure("rate-limited", message);

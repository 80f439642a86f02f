// Server-only: turns whatever a request's work threw into one RequestFailure, and that into what a form shows.
import "server-only";

import { fail, type ActionFailure, type FieldErrors } from "@/lib/action-result";
import { ApiError, SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/api/errors";
import { RequestFailure } from "@/lib/request-failure";

/** FastAPI reports these conflicts as a 422 with a string `detail`; each belongs on one field. */
const DETAIL_FIELDS: Record<string, { field: string; message: string }> = {
  "Email is already registered": { field: "email", message: "An account with this e-mail already exists." },
  "Username not available": { field: "username", message: "This username is taken." },
  "Tier Name not available": { field: "name", message: "A tier with this name already exists." },
  "Rate Limit Name not available": {
    field: "name",
    message: "This tier already has a rate limit with this name.",
  },
};

/** FastAPI's field names (the last element of a 422 `loc`) mapped to the form's, where they differ. */
export type FieldNames = Record<string, string>;

function renameFields(errors: FieldErrors, names: FieldNames): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => [names[field] ?? field, messages]),
  );
}

function fromApiError(error: ApiError, fieldNames: FieldNames): RequestFailure {
  if (error.isTransient) return new RequestFailure("unavailable", SERVICE_UNAVAILABLE_MESSAGE);
  switch (error.status) {
    case 401:
      return new RequestFailure("unauthorized", error.message);
    case 403:
      return new RequestFailure("forbidden", "You are not allowed to do this.");
    case 404:
      return new RequestFailure("not-found", error.message);
    case 429:
      // FastAPI's limiter sends no Retry-After, so there is no exact wait to quote.
      return new RequestFailure("rate-limited", "Too many requests. Please wait a moment and try again.");
    case 422: {
      const known = DETAIL_FIELDS[error.message];
      if (known) return new RequestFailure("invalid", "", { [known.field]: [known.message] });
      return new RequestFailure(
        "invalid",
        "Please correct the highlighted fields.",
        renameFields(error.fieldErrors, fieldNames),
      );
    }
    default:
      return new RequestFailure("unavailable", error.message);
  }
}

/** The failure `error` stands for; anything that is neither a RequestFailure nor an ApiError is a bug and is rethrown. */
export function failureOf(error: unknown, fieldNames: FieldNames = {}): RequestFailure {
  if (error instanceof RequestFailure) return error;
  if (error instanceof ApiError) return fromApiError(error, fieldNames);
  throw error;
}

/** What a form shows for a failure: its reason, a message above the form, and messages on fields. */
export const toActionFailure = ({ reason, message, fieldErrors }: RequestFailure): ActionFailure =>
  fail(reason, message || undefined, fieldErrors);

/** For the sign-in pages, which have no session yet: a FastAPI call's failure as a form shows it. */
export const actionFailureOf = (error: unknown, fieldNames?: FieldNames): ActionFailure =>
  toActionFailure(failureOf(error, fieldNames));

// Server-only: turns what a FastAPI call threw into the ActionFailure a form can show.
import "server-only";

import { ApiError, SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/api/errors";
import { SessionExpiredError } from "@/lib/auth/session-expired";

import { fail, type ActionFailure } from "./action-result";

/** FastAPI reports these conflicts as a 422 with a string `detail`; each belongs on one field. */
const DETAIL_FIELDS: Record<string, string> = {
  "Email is already registered": "email",
  "Username not available": "username",
};

const DETAIL_MESSAGES: Record<string, string> = {
  "Email is already registered": "An account with this e-mail already exists.",
  "Username not available": "This username is taken.",
};

export function toActionFailure(error: unknown): ActionFailure {
  if (error instanceof SessionExpiredError) return fail("session-expired", error.message);
  if (!(error instanceof ApiError)) throw error;
  if (error.isTransient) return fail("unavailable", SERVICE_UNAVAILABLE_MESSAGE);

  switch (error.status) {
    case 401:
      return fail("unauthorized", error.message);
    case 403:
      return fail("forbidden", "You are not allowed to do this.");
    case 404:
      return fail("not-found", error.message);
    case 429:
      // FastAPI's limiter sends no Retry-After, so there is no exact wait to quote.
      return fail("rate-limited", "Too many requests. Please wait a moment and try again.");
    case 422: {
      const field = DETAIL_FIELDS[error.message];
      if (field)
        return fail("invalid", undefined, { [field]: [DETAIL_MESSAGES[error.message] ?? error.message] });
      return fail("invalid", "Please correct the highlighted fields.", error.fieldErrors);
    }
    default:
      return fail("unavailable", error.message);
  }
}

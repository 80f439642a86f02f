// Server-only: turns what a FastAPI call threw into the ActionFailure a form can show.
import "server-only";

import { ApiError, SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/api/errors";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { SessionExpiredError } from "@/lib/auth/session-expired";
import { ConflictError } from "@/lib/conflict-error";
import { RateLimitedError } from "@/lib/rate-limit/rate-limited-error";

import { fail, ok, type ActionFailure, type ActionResult, type FieldErrors } from "./action-result";

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

export function toActionFailure(error: unknown, fieldNames: FieldNames = {}): ActionFailure {
  if (error instanceof SessionExpiredError) return fail("session-expired", error.message);
  if (error instanceof AccessDeniedError) return fail("forbidden", error.message);
  if (error instanceof RateLimitedError) return fail("rate-limited", error.message);
  if (error instanceof ConflictError) {
    return error.field
      ? fail("invalid", undefined, { [error.field]: [error.message] })
      : fail("invalid", error.message);
  }
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
      const known = DETAIL_FIELDS[error.message];
      if (known) return fail("invalid", undefined, { [known.field]: [known.message] });
      return fail(
        "invalid",
        "Please correct the highlighted fields.",
        renameFields(error.fieldErrors, fieldNames),
      );
    }
    default:
      return fail("unavailable", error.message);
  }
}

/**
 * Runs an action's data-layer call: its result as `ok(data)` when it worked, else the failure the form shows.
 * The one way an action calls the data layer, whether it needs the result (a new id, an outcome) or not:
 *
 *     const created = await attempt(() => createMyPost(input), { media_url: "mediaUrl" });
 *     if (!created.ok) return created;
 *     // created.data is what createMyPost resolved to
 */
export async function attempt<T>(work: () => Promise<T>, fieldNames?: FieldNames): Promise<ActionResult<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return toActionFailure(error, fieldNames);
  }
}

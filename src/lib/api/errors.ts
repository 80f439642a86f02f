// Turns every way a FastAPI call can fail into one ApiError, so callers handle one type and users see messages.
import type { FieldErrors } from "@/lib/action-result";

export type ApiErrorKind =
  /** FastAPI answered with a non-2xx status. */
  | "http"
  /** No answer within the configured timeout. */
  | "timeout"
  /** The connection failed (refused, reset, DNS). */
  | "unreachable"
  /** A 2xx answer whose body is not what the contract promises. */
  | "invalid-response";

export const SERVICE_UNAVAILABLE_MESSAGE =
  "The service is unavailable right now. Please try again in a moment.";

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status, when FastAPI answered at all. */
  readonly status: number | undefined;
  /** 422 validation messages keyed by field name (the last element of FastAPI's `loc`). */
  readonly fieldErrors: FieldErrors;

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; fieldErrors?: FieldErrors } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.kind = kind;
    this.status = options.status;
    this.fieldErrors = options.fieldErrors ?? {};
  }

  /** Whether the failure is about the backend's health rather than this request: worth a retry later. */
  get isTransient(): boolean {
    return this.kind !== "http" || (this.status !== undefined && this.status >= 500);
  }
}

/** Whether FastAPI itself answered with `status` (as opposed to a timeout or an unreachable backend). */
export const hasHttpStatus = (error: unknown, status: number): error is ApiError =>
  error instanceof ApiError && error.kind === "http" && error.status === status;

/** One FastAPI/pydantic validation error, as found in a 422 `detail` list. */
const isValidationItem = (item: unknown): item is { loc: unknown[]; msg: string } =>
  typeof item === "object" &&
  item !== null &&
  Array.isArray((item as { loc?: unknown }).loc) &&
  typeof (item as { msg?: unknown }).msg === "string";

function fieldErrorsFromList(items: unknown[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const item of items) {
    if (!isValidationItem(item)) continue;
    const last = item.loc.at(-1);
    const field = typeof last === "string" || typeof last === "number" ? String(last) : "form";
    (errors[field] ??= []).push(item.msg);
  }
  return errors;
}

/**
 * Decodes a non-2xx FastAPI answer: `{"detail": "..."}`, a 422 `{"detail": [...]}` list, a newer fork's
 * `{"message": "..."}` envelope, or a plain-text 500. Nothing from a 5xx body reaches the user.
 */
export function decodeHttpError(status: number, body: unknown): ApiError {
  if (status >= 500) return new ApiError("http", SERVICE_UNAVAILABLE_MESSAGE, { status });
  if (typeof body === "object" && body !== null) {
    const { detail, message } = body as { detail?: unknown; message?: unknown };
    if (typeof detail === "string") return new ApiError("http", detail, { status });
    if (Array.isArray(detail)) {
      return new ApiError("http", "Some fields are invalid.", {
        status,
        fieldErrors: fieldErrorsFromList(detail),
      });
    }
    if (typeof message === "string") return new ApiError("http", message, { status });
  }
  return new ApiError("http", `Unexpected answer from the service (HTTP ${status}).`, { status });
}

/** Decodes a thrown fetch failure: our timeout, a refused connection, or an unparsable body. */
export function decodeThrown(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new ApiError("timeout", SERVICE_UNAVAILABLE_MESSAGE);
  }
  if (error instanceof SyntaxError) return new ApiError("invalid-response", SERVICE_UNAVAILABLE_MESSAGE);
  return new ApiError("unreachable", SERVICE_UNAVAILABLE_MESSAGE);
}

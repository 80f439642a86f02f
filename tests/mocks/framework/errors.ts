// The exceptions a FastAPI endpoint can raise, and the exact responses FastAPI/Starlette turn them into.
import { HttpResponse } from "msw";
import type { components } from "@/lib/api/schema";

/** One entry of a 422 `detail` list, as pydantic v2 reports it (FastAPI drops pydantic's `url`). */
export type ValidationErrorItem = components["schemas"]["ValidationError"] & {
  input: unknown;
  ctx?: Record<string, unknown>;
};

/** FastAPI's `HTTPException`: answered as `{"detail": "<string>"}` with optional extra headers. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

/** FastAPI's `RequestValidationError`: answered as 422 `{"detail": [...]}`. */
export class RequestValidationError extends Error {
  constructor(readonly errors: ValidationErrorItem[]) {
    super("Request validation failed");
  }
}

/**
 * Where the real backend crashes (database constraint, negative OFFSET, a Python TypeError):
 * Starlette's ServerErrorMiddleware answers a bare text/plain 500 that bypasses every other middleware.
 */
export class UnhandledServerError extends Error {}

// The fastcrud exception classes the boilerplate raises, with their status codes.
export const unauthorized = (detail: string) => new HttpError(401, detail);
// `ForbiddenException()` without a message falls back to the HTTP status description.
export const forbidden = (detail = "Request forbidden -- authorization will not help") =>
  new HttpError(403, detail);
export const notFound = (detail: string) => new HttpError(404, detail);
export const duplicateValue = (detail: string) => new HttpError(422, detail);
export const rateLimited = () => new HttpError(429, "Rate limit exceeded.");

export function internalServerError(): Response {
  return new HttpResponse("Internal Server Error", {
    status: 500,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/** Turns an exception FastAPI's exception handlers know into the response they send. */
export function errorResponse(error: unknown): Response {
  if (error instanceof HttpError) {
    return HttpResponse.json({ detail: error.detail }, { status: error.status, headers: error.headers });
  }
  if (error instanceof RequestValidationError) {
    return HttpResponse.json({ detail: error.errors }, { status: 422 });
  }
  // A bug in the mock itself: let MSW report it loudly instead of disguising it as the backend's 500.
  throw error;
}

// Assertions for the backend's response formats (docs/fastapi-contract.md §1.1).
import { expect } from "vitest";

export const CACHE_CONTROL = "public, max-age=60";

export interface ValidationError {
  type: string;
  loc: (string | number)[];
  msg: string;
  input?: unknown;
  ctx?: Record<string, unknown>;
}

/** `{"detail": "<string>"}` with the status, and the Cache-Control every normal answer carries. */
export async function expectDetail(response: Response, status: number, detail: string): Promise<void> {
  expect({ status: response.status, body: await response.json() }).toEqual({ status, body: { detail } });
  expect(response.headers.get("cache-control")).toBe(CACHE_CONTROL);
}

/** A 422 list, entries compared exactly (an entry without `input` only leaves `input` unchecked). */
export async function expectValidationErrors(
  response: Response,
  ...errors: ValidationError[]
): Promise<void> {
  expect(response.status).toBe(422);
  const { detail } = (await response.json()) as { detail: unknown };
  expect(detail).toEqual(
    errors.map((error) => ("input" in error ? error : { ...error, input: expect.anything() })),
  );
}

/** Starlette's ServerErrorMiddleware answer: plain text, no Cache-Control. */
export async function expectUnhandledServerError(response: Response): Promise<void> {
  expect(response.status).toBe(500);
  expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  expect(response.headers.get("cache-control")).toBeNull();
  expect(await response.text()).toBe("Internal Server Error");
}

export async function expectJson(response: Response, status: number): Promise<unknown> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/json");
  expect(response.headers.get("cache-control")).toBe(CACHE_CONTROL);
  return response.json();
}

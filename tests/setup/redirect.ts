// Reads the navigation a server action or page asked for: Next's redirect() throws a special error.
import { expect } from "vitest";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";

/** Awaits `work`, expects it to redirect, and returns the target URL. */
export async function redirectTarget(work: Promise<unknown>): Promise<string> {
  const thrown = await work.then(
    (value) => ({ returned: value }),
    (error: unknown) => error,
  );
  expect(isRedirectError(thrown), `expected a redirect, got ${JSON.stringify(thrown)}`).toBe(true);
  return getURLFromRedirectError(thrown as Parameters<typeof getURLFromRedirectError>[0]);
}

// Server-only: how a page's FastAPI read fails (404 page, back to login, or the segment's error boundary).
import "server-only";

import { notFound, redirect } from "next/navigation";

import { hasHttpStatus } from "@/lib/api/errors";
import { loginPathFor } from "@/lib/auth/login-notices";
import { SessionExpiredError } from "@/lib/auth/session-expired";

/**
 * Runs a read for a Server Component. A 404 renders the nearest not-found page, an ended session goes back to
 * login, and anything else (backend down, slow, or answering 500) reaches the error boundary, which offers a retry.
 */
export async function readForPage<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof SessionExpiredError) redirect(loginPathFor("session-expired"));
    if (hasHttpStatus(error, 404)) notFound();
    throw error;
  }
}

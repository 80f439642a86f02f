// Server-only: runs a check that spares the user FastAPI's bare 500 for a change it cannot make.
import "server-only";

import { ApiError } from "@/lib/api/errors";

/**
 * The check's answer, or false when the check itself cannot be made (at b88fe20 several list routes answer 500):
 * the change is then attempted anyway and FastAPI has the last word.
 */
export async function checkIfPossible(check: () => Promise<boolean>): Promise<boolean> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof ApiError && error.isTransient) return false;
    throw error;
  }
}

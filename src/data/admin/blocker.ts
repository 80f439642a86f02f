// Server-only: looks for what would make FastAPI answer a change with a bare 500, without letting the look block it.
import "server-only";

import { ApiError } from "@/lib/api/errors";

/**
 * Whether `find` found a blocker. When the look itself cannot be made (at b88fe20 several list routes answer
 * 500), none counts as found: the change is then attempted anyway and FastAPI has the last word.
 */
export async function blockerFound(find: () => Promise<boolean>): Promise<boolean> {
  try {
    return await find();
  } catch (error) {
    if (error instanceof ApiError && error.isTransient) return false;
    throw error;
  }
}

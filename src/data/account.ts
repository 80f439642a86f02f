// Server-only: creating an account, the one FastAPI call made before anyone is signed in.
import "server-only";

import { ok, type ActionResult } from "@/lib/action-result";
import { createUser, type NewUser } from "@/lib/api/users";

import { actionFailureOf } from "./failure";

export async function createAccount(newUser: NewUser): Promise<ActionResult> {
  try {
    await createUser(newUser);
    return ok(undefined);
  } catch (error) {
    return actionFailureOf(error);
  }
}

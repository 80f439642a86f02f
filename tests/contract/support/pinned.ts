// The one switch for the dict/model bug of b88fe20 (docs/fastapi-contract.md §6).
//
// PATCH user, user tier GET/PATCH, user rate_limits, every rate-limit route and every post route but
// db_post answer a bare 500 at that commit. The suite pins down their intended behaviour (what the mock
// implements). Run it against the unfixed backend with CONTRACT_API_URL=… CONTRACT_BACKEND_PINNED=1:
// single-request checks then expect exactly that 500, and scenarios that need the fixed routes are skipped.
import { expectUnhandledServerError } from "./expectations";
import { target } from "./target";

export const backendIsPinned = target.pinned;

/** Asserts the intended answer of a route hit by the bug, or the 500 text/plain of the pinned commit. */
export async function expectIntended(
  response: Response,
  assertIntended: (response: Response) => void | Promise<void>,
): Promise<void> {
  if (backendIsPinned) await expectUnhandledServerError(response);
  else await assertIntended(response);
}

// Refresh amplification: backend /refresh calls caused by one burst of concurrent requests holding one session.
import { runLoad } from "./load";
import type { BenchContext } from "./scenarios";
import { createUsers, signIn, withExpiredAccessToken } from "./sessions";

export interface RefreshBurst {
  refreshCalls: number;
  failures: number;
}

const REFRESH_ROUTE = "POST /api/v1/refresh";
let burstNumber = 0;

/**
 * Signs a new user in, drops the access token as an expired one is dropped, then sends `burst` concurrent
 * `GET /dashboard` with that one session to `origin` (an instance, or nginx in front of several).
 */
export async function measureRefreshBurst(
  context: BenchContext,
  origin: string,
  burst: number,
): Promise<RefreshBurst> {
  const [user] = await createUsers(context.backend.url, `burst${++burstNumber}u`, 1);
  if (!user) throw new Error("no user for the burst");
  const session = withExpiredAccessToken(await signIn(context.app.url, context.actionIds, user));
  const before = (await context.backend.stats())[REFRESH_ROUTE] ?? 0;
  const result = await runLoad({
    origin,
    // One connection per request, all opened at once: the whole burst is in flight together.
    connections: burst,
    maxRequests: burst,
    maxSeconds: 30,
    nextRequest: () => ({ method: "GET", path: "/dashboard", headers: { cookie: session } }),
    expectedStatus: 200,
  });
  const after = (await context.backend.stats())[REFRESH_ROUTE] ?? 0;
  return { refreshCalls: after - before, failures: result.failures };
}

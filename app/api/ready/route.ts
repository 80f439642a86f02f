// Readiness: FastAPI answers (and Redis, when REDIS_URL is set); 503 naming what failed, never why in detail.
import { failedDependencies } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const failed = await failedDependencies();
  return Response.json(failed.length === 0 ? { status: "ready" } : { status: "unavailable", failed }, {
    status: failed.length === 0 ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}

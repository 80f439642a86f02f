// Liveness: the process answers. No backend call and no session, so it stays cheap however often it is asked.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}

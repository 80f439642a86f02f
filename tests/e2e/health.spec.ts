// Liveness and readiness as a load balancer sees them: no cookie, no session, through the proxy, never limited.
import { expect, test } from "./fixtures";

test("liveness and readiness answer without a session, however often they are asked", async ({ request }) => {
  const answers = await Promise.all(
    Array.from({ length: 30 }, (_, index) => request.get(index % 2 ? "/api/health" : "/api/ready")),
  );
  for (const response of answers) {
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(response.headers()["set-cookie"]).toBeUndefined();
  }
});

test("readiness names FastAPI with a 503 while it fails, and is ready again at once", async ({
  request,
  backend,
}) => {
  await backend.failRoutes("tiers");
  const failing = await request.get("/api/ready");
  expect(failing.status()).toBe(503);
  expect(await failing.json()).toEqual({ status: "unavailable", failed: ["fastapi"] });
  expect((await request.get("/api/health")).status()).toBe(200);

  await backend.restoreRoutes();
  expect((await request.get("/api/ready")).status()).toBe(200);
});

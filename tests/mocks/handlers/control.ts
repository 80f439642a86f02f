// The test-only control surface under /__mock: call counts, reset, faults, settings and the Redis cache's clock.
// Never counted or faulted.
import { http, HttpResponse, type HttpHandler } from "msw";
import * as z from "zod";
import { faultsSchema, settingsPatchSchema, type Controls } from "../controls";
import type { RedisCache } from "../redis-cache";

/** Moves the response cache's clock forward, so a test sees a 60 s expiry without waiting for it. */
const cacheClockSchema = z.strictObject({ advanceSeconds: z.number().int().positive() });

async function parseJson<Schema extends z.ZodType>(request: Request, schema: Schema) {
  const body: unknown = await request.json().catch(() => undefined);
  return schema.safeParse(body);
}

const badRequest = (error: z.ZodError) => HttpResponse.json({ error: error.issues }, { status: 400 });

export function controlHandlers(
  baseUrl: string,
  controls: Controls,
  cache: RedisCache,
  reset: () => void,
): HttpHandler[] {
  return [
    http.get(`${baseUrl}/__mock/stats`, () => HttpResponse.json(controls.stats())),

    http.post(`${baseUrl}/__mock/reset`, () => {
      reset();
      return new HttpResponse(null, { status: 204 });
    }),

    http.post(`${baseUrl}/__mock/faults`, async ({ request }) => {
      const parsed = await parseJson(request, faultsSchema);
      if (!parsed.success) return badRequest(parsed.error);
      controls.setFaults(parsed.data);
      return HttpResponse.json(controls.faults);
    }),

    http.post(`${baseUrl}/__mock/settings`, async ({ request }) => {
      const parsed = await parseJson(request, settingsPatchSchema);
      if (!parsed.success) return badRequest(parsed.error);
      controls.setSettings(parsed.data);
      return HttpResponse.json(controls.settings);
    }),

    http.post(`${baseUrl}/__mock/cache`, async ({ request }) => {
      const parsed = await parseJson(request, cacheClockSchema);
      if (!parsed.success) return badRequest(parsed.error);
      cache.advance(parsed.data.advanceSeconds);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}

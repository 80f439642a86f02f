// The last handler: what Starlette answers when no route matched (307 slash redirect, 405 or 404).
import { http, HttpResponse, type HttpHandler } from "msw";
import type { Controls } from "../controls";
import { HttpError } from "../framework/errors";
import { runEndpoint } from "../framework/middleware";
import { resolveUnrouted, type Route } from "../framework/routing";

export function fallbackHandler(baseUrl: string, routes: readonly Route[], controls: Controls): HttpHandler {
  return http.all(`${baseUrl}/*`, async ({ request }) => {
    const fault = await controls.intercept(request);
    if (fault) return fault;
    return runEndpoint(() => {
      const outcome = resolveUnrouted(routes, request);
      switch (outcome.kind) {
        case "redirect":
          return new HttpResponse(null, { status: 307, headers: { location: outcome.location } });
        case "method-not-allowed":
          throw new HttpError(405, "Method Not Allowed", { allow: outcome.allow });
        case "not-found":
          throw new HttpError(404, "Not Found");
      }
    });
  });
}

// Typed route registration (openapi-msw over the generated `paths`) that adds the backend's cross-cutting
// behaviour to every endpoint: exact Starlette matching, call counts, injected faults, middleware.
import { createOpenApiHttp, type OpenApiHttpRequestHandler } from "openapi-msw";
import type { paths } from "@/lib/api/schema";
import type { Controls } from "../controls";
import { runEndpoint } from "../framework/middleware";
import { createRoute, requestPath, type HttpMethod, type Route } from "../framework/routing";

export type Router = { [Method in HttpMethod]: OpenApiHttpRequestHandler<paths, Method> } & {
  /** Every registered route, in declaration order: Starlette's matching order. */
  readonly routes: readonly Route[];
};

export function createRouter(baseUrl: string, controls: Controls): Router {
  const http = createOpenApiHttp<paths>({ baseUrl });
  const routes: Route[] = [];

  function endpoint<Info extends { request: Request }, Result>(
    method: HttpMethod,
    path: string,
    resolver: (info: Info) => Result,
  ): (info: Info) => Result {
    const route = createRoute(method, path);
    routes.push(route);
    const guarded = async (info: Info) => {
      // MSW also accepts a toggled trailing slash; Starlette does not (that request gets a 307).
      if (!route.matchesPath(requestPath(info.request))) return undefined;
      controls.recordCall(route.key);
      const fault = await controls.intercept(info.request, route.key);
      if (fault) return fault;
      return runEndpoint(async () => {
        const response = await resolver(info);
        if (!(response instanceof Response)) throw new Error(`${route.key} returned no response`);
        return response;
      });
    };
    // Same signature as the typed resolver; only the body-type brand of MSW's StrictResponse is lost.
    return guarded as (info: Info) => Result;
  }

  return {
    get: (path, resolver, options) => http.get(path, endpoint("get", path, resolver), options),
    post: (path, resolver, options) => http.post(path, endpoint("post", path, resolver), options),
    patch: (path, resolver, options) => http.patch(path, endpoint("patch", path, resolver), options),
    delete: (path, resolver, options) => http.delete(path, endpoint("delete", path, resolver), options),
    routes,
  };
}

// Starlette's router semantics: exact path templates (no optional trailing slash, unlike MSW's matcher),
// first match in declaration order, and what happens when nothing matches (307, 405 or 404).
export type HttpMethod = "get" | "post" | "patch" | "delete";

/** Identifies a route in stats and fault filters, e.g. `"GET /api/v1/user/me/"`. */
export type RouteKey = `${Uppercase<HttpMethod>} ${string}`;

export interface Route {
  readonly method: HttpMethod;
  readonly template: string;
  readonly key: RouteKey;
  /** True when the path fits the template exactly, as Starlette's `{param}` (`[^/]+`) convertor does. */
  matchesPath(path: string): boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function createRoute(method: HttpMethod, template: string): Route {
  const pattern = new RegExp(
    `^${template
      .split(/\{[^}]+\}/)
      .map(escapeRegExp)
      .join("[^/]+")}$`,
  );
  return {
    method,
    template,
    key: `${method.toUpperCase() as Uppercase<HttpMethod>} ${template}`,
    matchesPath: (path) => pattern.test(path),
  };
}

/** Starlette matches on the percent-decoded path. */
export function requestPath(request: Request): string {
  const { pathname } = new URL(request.url);
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

export type Unrouted =
  | { kind: "redirect"; location: string }
  | { kind: "method-not-allowed"; allow: string }
  | { kind: "not-found" };

/**
 * What Starlette answers for a request no route fully matched: the first route that matches the path
 * with another method gives 405 (FastAPI declares one method per route); else, when toggling the
 * trailing slash finds a route, a 307 to the absolute URL built from the Host header; else 404.
 */
export function resolveUnrouted(routes: readonly Route[], request: Request): Unrouted {
  const path = requestPath(request);
  const pathOnlyMatch = routes.find((route) => route.matchesPath(path));
  if (pathOnlyMatch) return { kind: "method-not-allowed", allow: pathOnlyMatch.method.toUpperCase() };

  if (path !== "/") {
    const toggled = path.endsWith("/") ? path.slice(0, -1) : `${path}/`;
    if (routes.some((route) => route.matchesPath(toggled))) {
      const url = new URL(request.url);
      const host = request.headers.get("host") ?? url.host;
      return { kind: "redirect", location: `${url.protocol}//${host}${toggled}${url.search}` };
    }
  }
  return { kind: "not-found" };
}

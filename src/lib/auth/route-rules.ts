// Which paths the proxy guards and which are the sign-in pages, compared on a normalised form of the path.

/**
 * Decodes percent-escapes and lower-cases, so `/Dashboard`, `/%64ashboard` and `/dashboard/` are all seen as
 * the dashboard: the gate must never be narrower than what the router will serve.
 */
function normalisePath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape cannot name a route; compare it as written.
  }
  const collapsed = decoded.toLowerCase().replace(/\/{2,}/g, "/");
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, "") : collapsed;
}

export const isProtectedPath = (pathname: string) => {
  const path = normalisePath(pathname);
  return path === "/dashboard" || path.startsWith("/dashboard/");
};

export const isAuthPagePath = (pathname: string) => {
  const path = normalisePath(pathname);
  return path === "/login" || path === "/register";
};

/** Next's build output (chunks, CSS, media): files that are only ever read. */
export const isBuildAssetPath = (pathname: string) => normalisePath(pathname).startsWith("/_next/static/");

/** A percent-escape that does not decode (e.g. `%E0%A4%A`): Next answers those with a 500 when they reach a route. */
export function hasMalformedEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

// Validates the post-login `next` target: only a same-site relative path is ever followed.

export const DEFAULT_AFTER_LOGIN = "/dashboard";

const ORIGIN = "http://same-site.invalid";

/** A path a browser reads as a path on this site: one leading slash, never `//host` or `/\host`. */
const isSameSitePath = (path: string) => path.startsWith("/") && !/^\/[/\\]/.test(path);

/**
 * Returns `value` when it is a relative path on this site, else the dashboard. Rejects absolute and
 * protocol-relative URLs (`//host`, `/\host`, which browsers treat alike), encoded or schemed tricks, and
 * control characters. The check runs on what the URL parser makes of `value` too: dot segments (`/.//host`,
 * `/%2e//host`, `/a/..//host`) collapse into `//host` only there.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !isSameSitePath(value)) return DEFAULT_AFTER_LOGIN;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return DEFAULT_AFTER_LOGIN;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
  const normalised = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== ORIGIN || !isSameSitePath(normalised)) return DEFAULT_AFTER_LOGIN;
  return normalised;
}

// Validates the post-login `next` target: only a same-site relative path is ever followed.

export const DEFAULT_AFTER_LOGIN = "/dashboard";

const ORIGIN = "http://same-site.invalid";

/**
 * Returns `value` when it is a relative path on this site, else the dashboard. Rejects absolute and
 * protocol-relative URLs (`//host`, `/\host`, which browsers treat alike), encoded or schemed tricks, and
 * control characters.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return DEFAULT_AFTER_LOGIN;
  if (value.startsWith("//") || value.startsWith("/\\")) return DEFAULT_AFTER_LOGIN;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return DEFAULT_AFTER_LOGIN;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
  if (url.origin !== ORIGIN) return DEFAULT_AFTER_LOGIN;
  return `${url.pathname}${url.search}${url.hash}`;
}

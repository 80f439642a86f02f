// The security headers every response carries, set by the proxy so that they reach pages, RSC and assets alike.

/** One year, the minimum the HSTS preload list accepts. */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

const STATIC_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  // Not `no-referrer`: browsers then send `Origin: null` on same-origin POSTs, which Next's server-action CSRF
  // check refuses. `same-origin` still sends nothing to other sites.
  "Referrer-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  // For browsers that predate CSP's frame-ancestors.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * Writes the security headers onto `headers`. HSTS only when the app is served over https: sent over http it
 * would be ignored at best, and would pin a local http setup to https at worst.
 */
export function applySecurityHeaders(
  headers: Headers,
  { csp, https }: { csp: string; https: boolean },
): void {
  headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_HEADERS)) headers.set(name, value);
  if (https) headers.set("Strict-Transport-Security", `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`);
}

// Builds the Content-Security-Policy of one response: scripts run only with this request's nonce.

/** Where the policy's report-uri sends browsers (app/api/csp-report). */
export const CSP_REPORT_PATH = "/api/csp-report";

/** A fresh, unguessable nonce for one request (128 bits, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Sonner, the toast library, injects its stylesheet at run time as a `<style>` element it cannot give a nonce:
 * it appends the element empty, then fills it, and the browser checks both. Those two exact texts are allowed
 * by their hashes; any other inline style still needs this request's nonce.
 * tests/unit/lib/security/content-security-policy.test.ts recomputes the hashes from the installed sonner, so
 * an upgrade that changes its CSS fails there instead of in users' browsers.
 */
export const SONNER_STYLESHEET_HASHES = [
  "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
  "'sha256-StEaX+se6YS7pqjzrzMIA0KaX9zF/8zAhvQXZAe5epY='",
];

/** Where images may come from: the app itself and in-page data. A profile picture elsewhere shows initials. */
const IMAGE_SOURCES = ["'self'", "blob:", "data:"];

/**
 * The image URL if img-src lets the browser load it, else undefined: the page then shows a fallback instead of
 * asking for an image the browser would refuse (and report as a violation).
 */
export function allowedImageUrl(url: string | undefined, appUrl: string): string | undefined {
  if (!url) return undefined;
  try {
    const { origin, protocol } = new URL(url, appUrl);
    return origin === new URL(appUrl).origin || protocol === "data:" || protocol === "blob:"
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}

interface PolicyOptions {
  /** `next dev` evaluates code for its overlay and injects styles without a nonce. */
  development: boolean;
  /** Over https, anything still linked over http is upgraded instead of loaded in clear text. */
  https: boolean;
  /**
   * Origins our own forms may end up at: the OpenID provider's. Browsers apply form-action to every redirect that
   * follows a form post, and the OIDC sign-in and sign-out forms post to this app, which redirects to the
   * provider; without JavaScript (or before hydration) that redirect is the browser's to follow.
   */
  formRedirectOrigins?: string[];
}

/**
 * Next reads the nonce from this policy on the request and puts it on its own scripts; `'strict-dynamic'` lets
 * those scripts load the chunks they need, and no other script runs. No `'unsafe-inline'` for scripts, ever.
 */
export function contentSecurityPolicy(
  nonce: string,
  { development, https, formRedirectOrigins = [] }: PolicyOptions,
): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // In development a hash would switch 'unsafe-inline' off, and `next dev` needs it.
    `style-src 'self' ${development ? "'unsafe-inline'" : [`'nonce-${nonce}'`, ...SONNER_STYLESHEET_HASHES].join(" ")}`,
    `img-src ${IMAGE_SOURCES.join(" ")}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    // No <base> at all: an injected one could redirect every relative script and form URL.
    "base-uri 'none'",
    ["form-action 'self'", ...formRedirectOrigins].join(" "),
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
    // report-uri, not report-to: browsers send it at once, where the Reporting API batches reports for a minute.
    `report-uri ${CSP_REPORT_PATH}`,
  ];
  return directives.join("; ");
}

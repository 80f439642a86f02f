// Builds the Content-Security-Policy of one response: scripts run only with this request's nonce (DESIGN §8).

/** A fresh, unguessable nonce for one request (128 bits, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

interface PolicyOptions {
  /** `next dev` evaluates code for its overlay and injects styles without a nonce. */
  development: boolean;
  /** Over https, anything still linked over http is upgraded instead of loaded in clear text. */
  https: boolean;
}

/**
 * Next reads the nonce from this policy on the request and puts it on its own scripts; `'strict-dynamic'` lets
 * those scripts load the chunks they need, and no other script runs. No `'unsafe-inline'` for scripts, ever.
 */
export function contentSecurityPolicy(nonce: string, { development, https }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

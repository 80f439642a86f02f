// Reads this request's CSP nonce (set on the request by proxy.ts) for the few inline scripts the app renders.
import "server-only";

import { headers } from "next/headers";

/** The nonce of the request's script-src, or undefined when no policy is set (e.g. a request the proxy skipped). */
export async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy") ?? "";
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

// Server-only: one id per request, from a trusted proxy's x-request-id or made here. The proxy returns it to the
// client and passes it on to the render; FastAPI calls send it, and the request's access-log line carries it.
import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";

import { headers } from "next/headers";

import { env } from "@/env";

export const REQUEST_ID_HEADER = "x-request-id";

/** What a proxy's id may look like: short and printable, so it cannot bend a log line or a header. */
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id this request goes by: the trusted proxy's, else a new one (a client's own is never believed). */
export function requestIdFor(requestHeaders: Headers): string {
  const given = requestHeaders.get(REQUEST_ID_HEADER);
  return env.TRUST_PROXY_HEADERS && given && WELL_FORMED.test(given) ? given : crypto.randomUUID();
}

// The proxy runs before Next's request scope exists, so it says which request it works for here.
const proxyRequest = new AsyncLocalStorage<string>();

export const withRequestId = <T>(requestId: string, work: () => Promise<T>): Promise<T> =>
  proxyRequest.run(requestId, work);

/** The id of the request being served, or undefined outside one (a script, a test). */
export async function currentRequestId(): Promise<string | undefined> {
  const inProxy = proxyRequest.getStore();
  if (inProxy) return inProxy;
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    // No request scope.
    return undefined;
  }
}

// A server action request captured from the real browser, so tests can replay it the way an attacker would.
import type { Page, Request } from "@playwright/test";

import type { CookieJar } from "./probe";

export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Runs `trigger` and returns the server action POST it made (recognised by Next's `Next-Action` header). */
export async function captureAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  const isAction = (request: Request) => request.method() === "POST" && "next-action" in request.headers();
  const [request] = await Promise.all([page.waitForRequest(isAction), trigger()]);
  const headers = await request.allHeaders();
  return { url: request.url(), headers, body: request.postData() ?? "" };
}

/** Sends the captured action again with another Origin, method, body or cookie jar. */
export async function replayAction(
  action: CapturedAction,
  {
    origin,
    method = "POST",
    body = action.body,
    cookies,
  }: { origin?: string; method?: string; body?: string; cookies: CookieJar },
): Promise<Response> {
  // Dropped: what fetch computes itself (host, length, connection), and what this replay sets on purpose.
  const {
    cookie: _cookie,
    origin: _origin,
    host: _host,
    connection: _connection,
    "content-length": _length,
    ...headers
  } = action.headers;
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
  return fetch(action.url, {
    method,
    redirect: "manual",
    headers: { ...headers, ...(origin === undefined ? {} : { origin }), ...(cookie ? { cookie } : {}) },
    body: method === "GET" ? undefined : body,
  });
}

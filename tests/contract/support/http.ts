// Plain HTTP calls to the backend under test: no redirects followed, credentials passed explicitly.
import { target } from "./target";

export interface CallOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Sent as `Cookie: refresh_token=<value>`. */
  refreshCookie?: string;
  json?: unknown;
  form?: Record<string, string>;
  /** A raw body, with whatever content type `headers` says. */
  body?: string;
  headers?: Record<string, string>;
}

export function call(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.token !== undefined) headers.set("authorization", `Bearer ${options.token}`);
  if (options.refreshCookie !== undefined) headers.set("cookie", `refresh_token=${options.refreshCookie}`);
  let body: BodyInit | undefined = options.body;
  if (options.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(options.json);
  } else if (options.form !== undefined) {
    body = new URLSearchParams(options.form);
  }
  return fetch(`${target.url}${path}`, { method, headers, body, redirect: "manual" });
}

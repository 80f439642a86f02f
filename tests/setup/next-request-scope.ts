// A stand-in for Next's request scope (`next/headers`), which only exists inside a running Next server.
// Cookies are serialised by Next's own cookie class, so tests see the real Set-Cookie strings.
import { ResponseCookies } from "next/dist/compiled/@edge-runtime/cookies";

const READ_ONLY_MESSAGE = "Cookies can only be modified in a Server Action or Route Handler.";

interface RequestScope {
  /** Cookies the browser holds, sent with each request. */
  browserCookies: Map<string, string>;
  /** Every Set-Cookie header written during the scope, in order. */
  setCookieHeaders: string[];
  /** True to behave like a Server Component render, where cookies cannot be written. */
  readOnly: boolean;
  extraHeaders: Record<string, string>;
}

// Kept on globalThis so that tests which re-import modules (vi.resetModules) still share one scope.
const globalScope = globalThis as typeof globalThis & { __nextRequestScope?: RequestScope };
export const requestScope: RequestScope = (globalScope.__nextRequestScope ??= {
  browserCookies: new Map(),
  setCookieHeaders: [],
  readOnly: false,
  extraHeaders: {},
});

export function resetRequestScope(): void {
  requestScope.browserCookies.clear();
  requestScope.setCookieHeaders = [];
  requestScope.readOnly = false;
  requestScope.extraHeaders = {};
}

export interface ParsedSetCookie {
  name: string;
  value: string;
  maxAge?: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: string;
  path?: string;
}

/**
 * Parses one Set-Cookie header. Written here because Next's own parseSetCookie drops the value and Max-Age of
 * a deletion (`name=; Max-Age=0`), which is exactly what sign-out tests must see.
 */
export function parseSetCookieHeader(header: string): ParsedSetCookie {
  const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
  const separator = pair.indexOf("=");
  const cookie: ParsedSetCookie = {
    name: pair.slice(0, separator),
    value: decodeURIComponent(pair.slice(separator + 1)),
    httpOnly: false,
    secure: false,
  };
  for (const attribute of attributes) {
    const [key = "", value] = attribute.split("=");
    switch (key.toLowerCase()) {
      case "max-age":
        cookie.maxAge = Number(value);
        break;
      case "httponly":
        cookie.httpOnly = true;
        break;
      case "secure":
        cookie.secure = true;
        break;
      case "samesite":
        cookie.sameSite = value?.toLowerCase();
        break;
      case "path":
        cookie.path = value;
        break;
    }
  }
  return cookie;
}

/** Applies one Set-Cookie header to the browser's jar, as a browser would. */
function storeInBrowser(header: string): void {
  const cookie = parseSetCookieHeader(header);
  if (cookie.maxAge !== undefined && cookie.maxAge <= 0) requestScope.browserCookies.delete(cookie.name);
  else requestScope.browserCookies.set(cookie.name, cookie.value);
}

/** The parsed Set-Cookie headers written for `name`, newest last. */
export function setCookiesNamed(name: string): ParsedSetCookie[] {
  return requestScope.setCookieHeaders.map(parseSetCookieHeader).filter((cookie) => cookie.name === name);
}

function cookieHeader(): string {
  return [...requestScope.browserCookies].map(([name, value]) => `${name}=${value}`).join("; ");
}

const cookieStore = {
  get(name: string) {
    const value = requestScope.browserCookies.get(name);
    return value === undefined ? undefined : { name, value };
  },
  getAll() {
    return [...requestScope.browserCookies].map(([name, value]) => ({ name, value }));
  },
  has(name: string) {
    return requestScope.browserCookies.has(name);
  },
  set(...args: Parameters<ResponseCookies["set"]>) {
    if (requestScope.readOnly) throw new Error(READ_ONLY_MESSAGE);
    const headers = new Headers();
    new ResponseCookies(headers).set(...args);
    for (const header of headers.getSetCookie()) {
      requestScope.setCookieHeaders.push(header);
      storeInBrowser(header);
    }
    return cookieStore;
  },
  delete(name: string) {
    return cookieStore.set(name, "", { maxAge: 0, path: "/" });
  },
};

export const nextHeadersMock = {
  cookies: async () => cookieStore,
  headers: async () => {
    const headers = new Headers({ host: "localhost:3000", ...requestScope.extraHeaders });
    const cookie = cookieHeader();
    if (cookie) headers.set("cookie", cookie);
    return headers;
  },
};

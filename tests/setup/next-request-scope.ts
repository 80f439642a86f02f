// A stand-in for Next's request scope (`next/headers`), which only exists inside a running Next server.
// Cookies are parsed and serialised by Next's own cookie classes, so tests see the real Set-Cookie strings.
import {
  ResponseCookies,
  parseSetCookie,
  type ResponseCookie,
} from "next/dist/compiled/@edge-runtime/cookies";

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

export const requestScope: RequestScope = {
  browserCookies: new Map(),
  setCookieHeaders: [],
  readOnly: false,
  extraHeaders: {},
};

export function resetRequestScope(): void {
  requestScope.browserCookies.clear();
  requestScope.setCookieHeaders = [];
  requestScope.readOnly = false;
  requestScope.extraHeaders = {};
}

/** Applies one Set-Cookie header to the browser's jar, as a browser would. */
function storeInBrowser(header: string): void {
  const cookie = parseSetCookie(header);
  if (!cookie) return;
  if (cookie.maxAge !== undefined && cookie.maxAge <= 0) requestScope.browserCookies.delete(cookie.name);
  else requestScope.browserCookies.set(cookie.name, cookie.value);
}

/** The parsed Set-Cookie headers written for `name`, newest last. */
export function setCookiesNamed(name: string): ResponseCookie[] {
  return requestScope.setCookieHeaders
    .map((header) => parseSetCookie(header))
    .filter((cookie): cookie is ResponseCookie => cookie?.name === name);
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

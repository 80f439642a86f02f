// Raw HTTP requests to the app, the way an attacker sends them: any path, any header, any cookie, no redirects.
import type { BrowserContext } from "@playwright/test";

import { SEED_ADMIN, SEED_DEMO } from "../../fixtures/seed";

export interface Probe {
  status: number;
  location: string | null;
  headers: Headers;
  body: string;
}

export type CookieJar = Record<string, string>;

export async function probe(
  url: string,
  {
    headers = {},
    cookies = {},
    method = "GET",
  }: { headers?: Record<string, string>; cookies?: CookieJar; method?: string } = {},
): Promise<Probe> {
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
  const response = await fetch(url, {
    method,
    redirect: "manual",
    headers: { ...headers, ...(cookie ? { cookie } : {}) },
  });
  return {
    status: response.status,
    location: response.headers.get("location"),
    headers: response.headers,
    body: await response.text(),
  };
}

/** What a page may only show to a signed-in user: the seeded accounts' names and e-mails. */
const USER_DATA = [SEED_DEMO.email, SEED_DEMO.name, SEED_ADMIN.email, SEED_ADMIN.name, "Signed in as"];

export const leakedUserData = (body: string) => USER_DATA.filter((marker) => body.includes(marker));

/** The browser context's cookies, as a jar `probe` can send. */
export const cookieJar = async (context: BrowserContext): Promise<CookieJar> =>
  Object.fromEntries((await context.cookies()).map((cookie) => [cookie.name, cookie.value]));

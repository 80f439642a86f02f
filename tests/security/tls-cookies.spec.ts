// Production cookie profile (docs/security.md, the https row; docs/authentication.md "Cookies"): the build on
// an https APP_URL, without ALLOW_INSECURE_HTTP, behind nginx terminating TLS. Signing in leaves only
// prefixed, Secure, HttpOnly, Lax, host-only cookies that live no longer than their tokens (the known-device
// mark, no credential, lives 180 days); signing out clears all but that mark; every answer sends HSTS.
import type { Cookie } from "@playwright/test";
import { decodeJwt } from "jose";

import { SEED_DEMO } from "../fixtures/seed";

import { expect, signIn, test as suiteTest } from "./support/fixtures";
import { startTlsFront, type TlsFront } from "./support/tls-front";

/** Shorter than Better Auth's 7-day cap, so a cookie that kept the cap instead of its token's life shows. */
const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const REFRESH_TOKEN_TTL_SECONDS = 60 * 60;
/** The browser counts Max-Age from when the answer arrived, a moment after the server counted it. */
const CLOCK_SLACK_SECONDS = 2;
/** What browsers store at most per cookie, name and value together. */
const COOKIE_SIZE_LIMIT = 4096;

const ACCESS = "__Host-access_token";
const REFRESH = "__Host-refresh_token";
const SESSION_TOKEN = "__Secure-better-auth.session_token";
const SESSION_DATA = "__Secure-better-auth.session_data";
/** Not a credential: it marks this browser as one that signed in to the account before (sign-in throttling). */
const KNOWN_DEVICE = "__Host-known_device";
const KNOWN_DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

const test = suiteTest.extend<{ setCookieHeaders: () => Promise<string[]> }, { tlsFront: TlsFront }>({
  // One pair for this file; a server can be slow to start on a busy machine.
  tlsFront: [
    async ({}, use) => {
      const front = await startTlsFront();
      await use(front);
      await front.stop();
    },
    { scope: "worker", timeout: 120_000 },
  ],
  baseURL: async ({ tlsFront }, provide) => provide(tlsFront.url),
  // The certificate is the test's own, self-signed; everything else about TLS is real.
  ignoreHTTPSErrors: true,
  /**
   * Every Set-Cookie line the page has received, as sent: the jar cannot tell a host-only cookie from one with
   * `Domain=127.0.0.1`.
   */
  setCookieHeaders: async ({ page }, provide) => {
    const reading: Promise<string[]>[] = [];
    page.on("response", (response) => {
      reading.push(
        response.headersArray().then(
          (headers) =>
            headers.filter(({ name }) => name.toLowerCase() === "set-cookie").map(({ value }) => value),
          () => [],
        ),
      );
    });
    await provide(async () => (await Promise.all(reading)).flat());
  },
});

const expiry = (cookie: Cookie | undefined) => decodeJwt(cookie?.value ?? "").exp ?? 0;

test("every answer over https carries HSTS", async ({ request }) => {
  const home = await request.get("/");
  const asset = (await home.text()).match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(asset, "a script in the home page").toBeDefined();
  for (const path of ["/", "/login", "/dashboard", "/no-such-page", asset ?? ""]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["strict-transport-security"], path).toBe("max-age=31536000; includeSubDomains");
  }
});

test("signing in over https sets only prefixed, Secure, HttpOnly, Lax, host-only cookies that end with their tokens, and signing out clears them", async ({
  page,
  context,
  backend,
  setCookieHeaders,
}) => {
  await backend.settings({
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: REFRESH_TOKEN_TTL_SECONDS,
  });
  const signedInFrom = Date.now() / 1000;
  await signIn(page);
  await expect(page.getByRole("heading", { name: `Welcome, ${SEED_DEMO.name}` })).toBeVisible();

  const cookies = await context.cookies();
  expect(cookies.map((cookie) => cookie.name).sort()).toEqual([
    ACCESS,
    KNOWN_DEVICE,
    REFRESH,
    SESSION_DATA,
    SESSION_TOKEN,
  ]);
  // A lifetime counted from when its cookie was set runs out at most this much after its token's: the token is
  // minted during the sign-in, the cookie set at its end, and a loaded machine makes that seconds apart.
  const signInSeconds = Date.now() / 1000 - signedInFrom;
  const named = (name: string) => cookies.find((cookie) => cookie.name === name);
  const accessExpiry = expiry(named(ACCESS));
  const refreshExpiry = expiry(named(REFRESH));
  expect(accessExpiry).toBeGreaterThan(signedInFrom);
  expect(refreshExpiry).toBeGreaterThan(accessExpiry);
  // The session is worth nothing without the refresh token, so its cookie must not outlive it.
  const latestExpiry: Record<string, number> = {
    [ACCESS]: accessExpiry,
    [REFRESH]: refreshExpiry,
    [SESSION_TOKEN]: refreshExpiry,
    [SESSION_DATA]: refreshExpiry,
    [KNOWN_DEVICE]: Date.now() / 1000 + KNOWN_DEVICE_MAX_AGE_SECONDS,
  };
  for (const cookie of cookies) {
    // Host-only: no Domain attribute, so the browser records the exact host.
    expect(cookie, cookie.name).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: "Lax",
      path: "/",
      domain: "127.0.0.1",
    });
    expect(cookie.name.length + cookie.value.length, `${cookie.name} size`).toBeLessThan(COOKIE_SIZE_LIMIT);
    // -1 would be a session cookie; every one of ours has a lifetime, and none beyond its token's.
    expect(cookie.expires, `${cookie.name} expiry`).toBeGreaterThan(signedInFrom);
    expect(cookie.expires, `${cookie.name} expiry`).toBeLessThanOrEqual(
      (latestExpiry[cookie.name] ?? 0) + signInSeconds + CLOCK_SLACK_SECONDS,
    );
  }

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out$/);
  // Only the known-device mark stays: it outlives sessions by design, and opens nothing on its own.
  expect((await context.cookies()).map((cookie) => cookie.name)).toEqual([KNOWN_DEVICE]);
  const setCookies = await setCookieHeaders();
  // Five set at sign-in, four cleared at sign-out, at least.
  expect(setCookies.length, "Set-Cookie lines seen").toBeGreaterThanOrEqual(9);
  expect(setCookies.filter((line) => /;\s*domain=/i.test(line))).toEqual([]);
});

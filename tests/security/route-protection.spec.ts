// Route protection (docs/security.md): every protected URL, however it is spelled and whatever headers or
// forged credentials come with it, sends the visitor to login or answers 4xx without user data, and never a
// 500. Each test runs against the app with the proxy's check and against the same build without it (the data
// layer alone).
import { SEED_ADMIN, SEED_DEMO } from "../fixtures/seed";

import { suite } from "./support/app-env";
import { expect, signIn, test } from "./support/fixtures";
import { reencryptedSession, signedToken, tampered, unsignedToken } from "./support/forged-credentials";
import { leakedUserData, probe, type CookieJar, type Probe } from "./support/probe";
import { PROTECTED_PATHS } from "./support/protected-paths";

const SESSION_DATA = "better-auth.session_data";
const SESSION_TOKEN = "better-auth.session_token";
const ACCESS_TOKEN = "access_token";
const REFRESH_TOKEN = "refresh_token";

/** Spellings a router or a path check might treat differently from the canonical path. */
const spellings = (path: string) => [
  path,
  `${path}/`,
  path.toUpperCase(),
  path.replace("/dashboard", "/%64ashboard"),
  path.replace("/dashboard", "/Dashboard"),
  path.replaceAll("/", "//"),
  // An encoded slash inside the path (only meaningful below /dashboard).
  path.replace(/(.)\/([^/]*)$/, "$1%2F$2"),
  `${path}/.`,
  `${path}%20`,
  `${path};param`,
  `${path}/nested/deeper`,
  `${path}?next=/dashboard&_rsc=1`,
];

/** Headers Next's router sends, headers its internals use, and headers that bypassed middleware in advisories. */
const SUSPICIOUS_HEADERS: Record<string, string>[] = [
  { RSC: "1" },
  { RSC: "1", "Next-Router-Prefetch": "1" },
  { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" },
  {
    RSC: "1",
    "Next-Router-State-Tree": encodeURIComponent(JSON.stringify(["", { children: ["dashboard", {}] }])),
  },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
  { "x-middleware-prefetch": "1", "x-nextjs-data": "1" },
  { "x-middleware-rewrite": "/dashboard", "x-middleware-next": "1" },
  { "x-invoke-path": "/dashboard", "x-invoke-status": "200", "x-matched-path": "/dashboard" },
  { "Next-Action": "0".repeat(42) },
  { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
];

const INSTANCES = [
  { name: "with the proxy's check", url: () => suite.guardedUrl() },
  { name: "with the data layer alone", url: () => suite.unguardedUrl() },
];

const isLoginRedirect = (response: Probe, base: string) =>
  response.status >= 300 &&
  response.status < 400 &&
  response.location !== null &&
  new URL(response.location, base).pathname === "/login";

const isRscAnswer = (response: Probe) =>
  response.status === 200 && response.headers.get("content-type")?.startsWith("text/x-component") === true;

/**
 * An RSC answer is a 200 either way: its payload tells the router to go to login (`redirect()` in a Server
 * Component), or, for a prefetch of a dynamic page, holds only the route tree with nothing rendered.
 */
const isSignedOutRscAnswer = (response: Probe, headers: Record<string, string>) =>
  isRscAnswer(response) &&
  (/NEXT_REDIRECT;(replace|push);\/login[;?]/.test(response.body) || "Next-Router-Prefetch" in headers);

/**
 * Requests `url` and follows redirects that are not to login (Next redirects RSC requests to a `?_rsc=` URL and
 * strips doubled slashes), then checks that the visitor is treated as signed out at every step.
 */
async function expectSignedOut(base: string, path: string, options: Parameters<typeof probe>[1] = {}) {
  let url = `${base}${path}`;
  for (let hop = 0; hop < 5; hop++) {
    const response = await probe(url, options);
    const where = `${options.headers ? JSON.stringify(options.headers) : ""} ${url}`;
    expect(response.status, `status of ${where}`).toBeLessThan(500);
    expect(leakedUserData(response.body), `user data in ${where}`).toEqual([]);
    if (isLoginRedirect(response, base)) return;
    if (response.status >= 300 && response.status < 400 && response.location) {
      const next = new URL(response.location, url);
      expect(next.origin, `redirect off-site from ${where}`).toBe(new URL(base).origin);
      url = next.href;
      continue;
    }
    if (isSignedOutRscAnswer(response, options.headers ?? {})) return;
    // `x-middleware-prefetch` makes Next answer `{}` without rendering anything.
    if (response.status === 200 && ["", "{}"].includes(response.body.trim())) return;
    expect([400, 401, 403, 404], `answer to ${where}`).toContain(response.status);
    return;
  }
  throw new Error(`more than 5 redirects from ${path}`);
}

for (const instance of INSTANCES) {
  test.describe(instance.name, () => {
    test("every protected path, however spelled, is closed to an anonymous visitor", async () => {
      for (const { path } of PROTECTED_PATHS) {
        for (const spelling of spellings(path)) await expectSignedOut(instance.url(), spelling);
      }
    });

    test("RSC, prefetch and internal-looking headers open nothing", async () => {
      for (const { path } of PROTECTED_PATHS) {
        for (const headers of SUSPICIOUS_HEADERS) await expectSignedOut(instance.url(), path, { headers });
        await expectSignedOut(instance.url(), `${path}?_rsc=abcde`, { headers: { RSC: "1" } });
      }
    });

    test("forged, garbage, expired, unsigned and re-signed credentials mean signed out", async ({ page }) => {
      await page.goto(`${instance.url()}/`);
      await signIn(page);
      const genuine: CookieJar = Object.fromEntries(
        (await page.context().cookies()).map((cookie) => [cookie.name, cookie.value]),
      );
      // The control: the genuine jar shows the user, so a probe that saw no data would be a real finding.
      expect((await probe(`${instance.url()}/dashboard`, { cookies: genuine })).body).toContain(
        SEED_DEMO.email,
      );

      const sessionData = genuine[SESSION_DATA] ?? "";
      const otherSecret = "an-attacker-chosen-secret-of-enough-length-0123";
      const mockSecret = suite.mockJwtSecret();
      const { [ACCESS_TOKEN]: _access, [REFRESH_TOKEN]: _refresh, ...sessionOnly } = genuine;
      const withTokens = async (access: string, refresh: string) => ({
        ...sessionOnly,
        [ACCESS_TOKEN]: access,
        [REFRESH_TOKEN]: refresh,
      });
      const forgeries: Record<string, CookieJar> = {
        "garbage everywhere": {
          [SESSION_TOKEN]: "garbage",
          [SESSION_DATA]: "garbage.not.a.jwe",
          [ACCESS_TOKEN]: "garbage",
          [REFRESH_TOKEN]: "garbage",
        },
        "a tampered session cookie": { ...genuine, [SESSION_DATA]: tampered(sessionData) },
        "a session cookie re-encrypted with another secret": {
          ...genuine,
          [SESSION_DATA]: await reencryptedSession(sessionData, {
            readWith: suite.authSecret(),
            writeWith: otherSecret,
            expiresIn: 3600,
          }),
        },
        "an expired session cookie": {
          ...genuine,
          [SESSION_DATA]: await reencryptedSession(sessionData, {
            readWith: suite.authSecret(),
            writeWith: suite.authSecret(),
            expiresIn: -60,
          }),
        },
        "tokens without a session cookie": {
          [ACCESS_TOKEN]: genuine[ACCESS_TOKEN] ?? "",
          [REFRESH_TOKEN]: genuine[REFRESH_TOKEN] ?? "",
        },
        "a session cookie without tokens": sessionOnly,
        "alg: none tokens": await withTokens(
          unsignedToken({ token_type: "access", expiresIn: 600 }),
          unsignedToken({ token_type: "refresh", expiresIn: 600 }),
        ),
        "tokens signed with another key": await withTokens(
          await signedToken({ token_type: "access", expiresIn: 600 }, otherSecret),
          await signedToken({ token_type: "refresh", expiresIn: 600 }, otherSecret),
        ),
        "expired tokens signed with FastAPI's key": await withTokens(
          await signedToken({ token_type: "access", expiresIn: -60 }, mockSecret),
          await signedToken({ token_type: "refresh", expiresIn: -60 }, mockSecret),
        ),
        "an access token passed off as the refresh token": await withTokens(
          unsignedToken({ token_type: "access", expiresIn: 600 }),
          await signedToken({ token_type: "access", expiresIn: 600 }, mockSecret),
        ),
      };

      for (const [forgery, cookies] of Object.entries(forgeries)) {
        for (const path of ["/dashboard", "/dashboard/users/demo", "/dashboard/admin"]) {
          await test.step(`${forgery} on ${path}`, async () => {
            await expectSignedOut(instance.url(), path, { cookies });
            await expectSignedOut(instance.url(), path, { cookies, headers: { RSC: "1" } });
          });
        }
      }
    });

    test("an ordinary user sees no superuser data on superuser-only paths", async ({ page }) => {
      await page.goto(`${instance.url()}/`);
      await signIn(page, SEED_DEMO);
      const cookies: CookieJar = Object.fromEntries(
        (await page.context().cookies()).map((cookie) => [cookie.name, cookie.value]),
      );
      for (const { path } of PROTECTED_PATHS.filter((entry) => entry.superuserOnly)) {
        const response = await probe(`${instance.url()}${path}`, { cookies });
        expect(response.status, path).toBeLessThan(500);
        expect(response.body, path).not.toContain(SEED_ADMIN.email);
        expect(response.status, path).toBe(403);
        expect(response.body, path).toContain("Access denied");
      }
    });
  });
}

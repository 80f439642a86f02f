// Rotation-safe single flight against the real embedded OpenID Provider, which rotates refresh tokens and revokes
// the whole grant when a rotated-out one is presented again.
import { http, passthrough } from "msw";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { EMBEDDED_OIDC_CLIENT, OIDC_DEMO } from "../../../fixtures/oidc-accounts";
import {
  startIdentityProviderServer,
  type IdentityProviderServer,
} from "../../../mocks/identity-provider/http-server";
import { server } from "../../../mocks/node";
import { providerTokens } from "../../helpers/provider-tokens";

import { SUCCESSOR_WINDOW_MS } from "@/lib/auth/refresh-lifetimes";
import type * as OidcTokenSourceModule from "@/lib/auth/oidc-token-source";
import type * as SharedRefreshModule from "@/lib/auth/single-flight-refresh";
import type * as TokenSourceModule from "@/lib/auth/token-source";

const APP_URL = "http://localhost:3000";

/** The browser session every refresh here comes from, unless a test says otherwise. */
const SESSION = { presenter: "browser-session-a" };
/** Another browser holding a copy of the same cookies. */
const THIEF = { presenter: "browser-session-b" };

let provider: IdentityProviderServer;
let singleFlightRefresh: typeof SharedRefreshModule.singleFlightRefresh;
let awaitDelivery: typeof SharedRefreshModule.awaitDelivery;
let oidcTokenSource: typeof OidcTokenSourceModule.oidcTokenSource;
let RefreshRefusedError: typeof TokenSourceModule.RefreshRefusedError;

const providerStats = async () =>
  (await (await fetch(`${provider.issuer}/__op/stats`)).json()) as Record<string, number>;

beforeAll(async () => {
  provider = await startIdentityProviderServer({ port: 0, appUrl: APP_URL });
  // The app reads its configuration once, at import: import it after the provider has its port.
  vi.stubEnv("OIDC_ISSUER", provider.issuer);
  vi.stubEnv("OIDC_CLIENT_ID", EMBEDDED_OIDC_CLIENT.clientId);
  vi.stubEnv("OIDC_CLIENT_SECRET", EMBEDDED_OIDC_CLIENT.clientSecret);
  vi.resetModules();
  ({ singleFlightRefresh, awaitDelivery } = await import("@/lib/auth/single-flight-refresh"));
  ({ oidcTokenSource } = await import("@/lib/auth/oidc-token-source"));
  ({ RefreshRefusedError } = await import("@/lib/auth/token-source"));
});

beforeEach(async () => {
  server.use(http.all(`${provider.issuer}/*`, () => passthrough()));
  await fetch(`${provider.issuer}/__op/reset`, { method: "POST" });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await provider.close();
});

describe("rotation-safe shared refresh at the OIDC provider", () => {
  it("makes one refresh for 20 concurrent expiries and hands every caller the same rotated pair", async () => {
    const { refreshToken } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);

    const results = await Promise.all(
      Array.from({ length: 20 }, () => singleFlightRefresh(oidcTokenSource, refreshToken, SESSION)),
    );

    expect(await providerStats()).toEqual({ authorization_code: 1, refresh_token: 1 });
    const [first] = results;
    expect(first?.refreshToken).toBeDefined();
    expect(first?.refreshToken).not.toBe(refreshToken);
    expect(first?.refreshMaxAge).toBeGreaterThan(0);
    for (const result of results) expect(result).toEqual(first);
  });

  it("never presents a spent refresh token again: a late caller refreshes with its successor", async () => {
    const { refreshToken: spent } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    const first = await singleFlightRefresh(oidcTokenSource, spent, SESSION);

    // A request that left the browser before the rotated cookie arrived, whose new access token was refused.
    const late = await singleFlightRefresh(oidcTokenSource, spent, {
      ...SESSION,
      failedAccessToken: first.accessToken,
    });
    expect(late.accessToken).not.toBe(first.accessToken);
    expect(late.refreshToken).not.toBe(first.refreshToken);

    // The provider revokes the grant when a spent token comes back; the newest token still working proves it did not.
    const next = await singleFlightRefresh(oidcTokenSource, late.refreshToken ?? "", {
      ...SESSION,
      failedAccessToken: late.accessToken,
    });
    expect(next.accessToken).toBeTruthy();
    expect(await providerStats()).toEqual({ authorization_code: 1, refresh_token: 3 });
  });

  it("hands a late caller the token just minted instead of refreshing again", async () => {
    const { refreshToken } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    const first = await singleFlightRefresh(oidcTokenSource, refreshToken, SESSION);

    expect(await singleFlightRefresh(oidcTokenSource, refreshToken, SESSION)).toEqual(first);
    expect((await providerStats()).refresh_token).toBe(1);
  });

  it("signs out another browser session presenting the spent token, and sends it to the provider, which revokes the grant", async () => {
    const { refreshToken: spent } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    const victim = await singleFlightRefresh(oidcTokenSource, spent, SESSION);

    // A copy of the cookie jar taken before the rotation, presented from another browser a moment later.
    await expect(singleFlightRefresh(oidcTokenSource, spent, THIEF)).rejects.toBeInstanceOf(
      RefreshRefusedError,
    );
    expect(await providerStats()).toEqual({
      authorization_code: 1,
      refresh_token: 1,
      "refresh_token error": 1,
    });

    // The provider saw the reuse and revoked the grant: the victim's newest token is dead too, so both sign in again.
    await expect(
      singleFlightRefresh(oidcTokenSource, victim.refreshToken ?? "", {
        ...SESSION,
        failedAccessToken: victim.accessToken,
      }),
    ).rejects.toBeInstanceOf(RefreshRefusedError);
  });

  it("hands the successor to the same session only within the seconds of a race", async () => {
    const { refreshToken: spent } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    const first = await singleFlightRefresh(oidcTokenSource, spent, SESSION);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + SUCCESSOR_WINDOW_MS + 1 });
    try {
      await expect(
        singleFlightRefresh(oidcTokenSource, spent, { ...SESSION, failedAccessToken: first.accessToken }),
      ).rejects.toBeInstanceOf(RefreshRefusedError);
    } finally {
      vi.useRealTimers();
    }
    expect((await providerStats())["refresh_token error"]).toBe(1);
  });

  it("keeps leading the same session to a successor that never reached its browser, and no one else", async () => {
    const { refreshToken: spent } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    // A Server Component refreshed: it could not set the cookie, so the browser still holds the spent token.
    const rendered = await singleFlightRefresh(oidcTokenSource, spent, SESSION);
    await awaitDelivery(spent, SESSION.presenter);

    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + SUCCESSOR_WINDOW_MS + 1 });
    try {
      const next = await singleFlightRefresh(oidcTokenSource, spent, {
        ...SESSION,
        failedAccessToken: rendered.accessToken,
      });
      expect(next.refreshToken).toBeDefined();
      expect(next.refreshToken).not.toBe(rendered.refreshToken);
      await expect(singleFlightRefresh(oidcTokenSource, spent, THIEF)).rejects.toBeInstanceOf(
        RefreshRefusedError,
      );
    } finally {
      vi.useRealTimers();
    }
    expect(await providerStats()).toEqual({
      authorization_code: 1,
      refresh_token: 2,
      "refresh_token error": 1,
    });
  });

  it("never leads a request without a readable session along a rotation", async () => {
    const { refreshToken: spent } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    await singleFlightRefresh(oidcTokenSource, spent, { presenter: null });
    await expect(singleFlightRefresh(oidcTokenSource, spent, { presenter: null })).rejects.toBeInstanceOf(
      RefreshRefusedError,
    );
  });

  it("makes another session that arrives during the refresh wait for it, then signs it out", async () => {
    const { refreshToken: spent } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    const [victim, thief] = await Promise.allSettled([
      singleFlightRefresh(oidcTokenSource, spent, SESSION),
      singleFlightRefresh(oidcTokenSource, spent, THIEF),
    ]);
    expect(victim.status).toBe("fulfilled");
    expect(thief.status === "rejected" && thief.reason).toBeInstanceOf(RefreshRefusedError);
    expect(await providerStats()).toEqual({
      authorization_code: 1,
      refresh_token: 1,
      "refresh_token error": 1,
    });
  });

  it("reports a refresh token the provider refuses as refused, so the session ends", async () => {
    await expect(singleFlightRefresh(oidcTokenSource, "not-a-refresh-token", SESSION)).rejects.toBeInstanceOf(
      RefreshRefusedError,
    );
    expect(await providerStats()).toEqual({ "refresh_token error": 1 });
  });
});

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

import type * as OidcTokenSourceModule from "@/lib/auth/oidc-token-source";
import type * as SharedRefreshModule from "@/lib/auth/shared-refresh";
import type * as TokenSourceModule from "@/lib/auth/token-source";

const APP_URL = "http://localhost:3000";

let provider: IdentityProviderServer;
let sharedRefresh: typeof SharedRefreshModule.sharedRefresh;
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
  ({ sharedRefresh } = await import("@/lib/auth/shared-refresh"));
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
      Array.from({ length: 20 }, () => sharedRefresh(oidcTokenSource, refreshToken)),
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
    const first = await sharedRefresh(oidcTokenSource, spent);

    // A request that left the browser before the rotated cookie arrived, whose new access token was refused.
    const late = await sharedRefresh(oidcTokenSource, spent, first.accessToken);
    expect(late.accessToken).not.toBe(first.accessToken);
    expect(late.refreshToken).not.toBe(first.refreshToken);

    // The provider revokes the grant when a spent token comes back; the newest token still working proves it did not.
    const next = await sharedRefresh(oidcTokenSource, late.refreshToken ?? "", late.accessToken);
    expect(next.accessToken).toBeTruthy();
    expect(await providerStats()).toEqual({ authorization_code: 1, refresh_token: 3 });
  });

  it("hands a late caller the token just minted instead of refreshing again", async () => {
    const { refreshToken } = await providerTokens(provider.issuer, APP_URL, OIDC_DEMO);
    const first = await sharedRefresh(oidcTokenSource, refreshToken);

    expect(await sharedRefresh(oidcTokenSource, refreshToken)).toEqual(first);
    expect((await providerStats()).refresh_token).toBe(1);
  });

  it("reports a refresh token the provider refuses as refused, so the session ends", async () => {
    await expect(sharedRefresh(oidcTokenSource, "not-a-refresh-token")).rejects.toBeInstanceOf(
      RefreshRefusedError,
    );
    expect(await providerStats()).toEqual({ "refresh_token error": 1 });
  });
});

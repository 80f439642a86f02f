// The OpenID Connect callback logs why a sign-in was refused as one JSON line, the provider's own words a quoted
// field: a CR/LF in its `error` parameter cannot end the line and forge another entry. Against the embedded
// OpenID Provider, with the state cookie of a real sign-in start.
import { http, passthrough } from "msw";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { EMBEDDED_OIDC_CLIENT } from "../../fixtures/oidc-accounts";
import {
  startIdentityProviderServer,
  type IdentityProviderServer,
} from "../../mocks/identity-provider/http-server";
import { server } from "../../mocks/node";
import { captureLogLines } from "../../setup/log-lines";
import { redirectTarget } from "../../setup/redirect";

import type * as AuthActions from "@/actions/auth";
import type * as CallbackRoute from "../../../app/api/auth/callback/oidc/route";

const APP_URL = "http://localhost:3000";

let provider: IdentityProviderServer;
let oidcSignInAction: typeof AuthActions.oidcSignInAction;
let callback: typeof CallbackRoute.GET;

const toProvider = () => http.all(`${provider.issuer}/*`, () => passthrough());

beforeAll(async () => {
  provider = await startIdentityProviderServer({ port: 0, appUrl: APP_URL });
  // Better Auth reads the provider's discovery document as soon as it is configured.
  server.use(toProvider());
  // The app reads its configuration once, at import: import it after the provider has its port.
  vi.stubEnv("OIDC_ISSUER", provider.issuer);
  vi.stubEnv("OIDC_CLIENT_ID", EMBEDDED_OIDC_CLIENT.clientId);
  vi.stubEnv("OIDC_CLIENT_SECRET", EMBEDDED_OIDC_CLIENT.clientSecret);
  vi.resetModules();
  ({ oidcSignInAction } = await import("@/actions/auth"));
  ({ GET: callback } = await import("../../../app/api/auth/callback/oidc/route"));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await provider.close();
});

describe("the OpenID Connect callback's log", () => {
  // The provider's discovery and signing keys take seconds on a busy machine: a bound, not a speed check.
  it("quotes a provider error holding CR/LF inside one JSON line", { timeout: 30_000 }, async () => {
    server.use(toProvider());
    const authorization = new URL(await redirectTarget(oidcSignInAction("/dashboard")));
    const state = authorization.searchParams.get("state") ?? "";
    expect(state).not.toBe("");

    const forged = 'access_denied\r\n{"level":"info","event":"admin-signed-in"}\n';
    const log = captureLogLines();
    const logged = log.lines;
    const url = new URL(`${APP_URL}/api/auth/callback/oidc`);
    url.search = new URLSearchParams({ state, error: forged }).toString();
    const target = await redirectTarget(callback(new NextRequest(url)));
    log.restore();

    expect(target).toBe("/login?reason=sign-in-refused");
    expect(logged).toHaveLength(1);
    const [line = ""] = logged;
    expect(line).not.toMatch(/[\r\n]/);
    expect(JSON.parse(line)).toMatchObject({
      level: "warn",
      event: "oidc-sign-in-failed",
      failure: "refused",
      detail: `the provider answered ${forged}`,
    });
  });
});

// Server-only: refreshes at the OIDC provider's token endpoint, which may rotate the refresh token (Keycloak does).
import "server-only";

import * as z from "zod";

import { env, oidc } from "@/env";
import { ApiError, SERVICE_UNAVAILABLE_MESSAGE, decodeThrown } from "@/lib/api/errors";

import { oidcEndpoints } from "./oidc-endpoints";
import { SESSION_MAX_AGE_SECONDS } from "./session-config";
import { RefreshRefusedError, type TokenSource } from "./token-source";

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  /** Keycloak's lifetime of the new refresh token; 0 for offline tokens, absent elsewhere. */
  refresh_expires_in: z.number().int().nonnegative().optional(),
});

/** HTTP Basic client authentication (RFC 6749 §2.3.1): both parts form-encoded before base64. */
function basicCredentials(clientId: string, clientSecret: string): string {
  const encode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString("base64")}`;
}

async function postRefreshGrant(refreshToken: string): Promise<Response> {
  if (!oidc) throw new Error("OIDC is not configured");
  const { token_endpoint } = await oidcEndpoints(oidc.issuer);
  try {
    return await fetch(token_endpoint, {
      method: "POST",
      headers: {
        Authorization: basicCredentials(oidc.clientId, oidc.clientSecret),
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json",
      },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken }),
      cache: "no-store",
      redirect: "manual",
      signal: AbortSignal.timeout(env.FASTAPI_TIMEOUT_MS),
    });
  } catch (error) {
    throw decodeThrown(error);
  }
}

export const oidcTokenSource: TokenSource = {
  async refresh(refreshToken) {
    const response = await postRefreshGrant(refreshToken);
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      // Only `invalid_grant` says the refresh token is dead (RFC 6749 §5.2). A rejected client or an outage is
      // the app's or the provider's problem: the user keeps the session and is told the service is unavailable.
      if ((body as { error?: unknown } | null)?.error === "invalid_grant") throw new RefreshRefusedError();
      throw new ApiError("http", SERVICE_UNAVAILABLE_MESSAGE, { status: response.status });
    }
    const parsed = tokenResponseSchema.safeParse(body);
    if (!parsed.success) throw new ApiError("invalid-response", SERVICE_UNAVAILABLE_MESSAGE);
    const { access_token, refresh_token, refresh_expires_in } = parsed.data;
    if (!refresh_token || refresh_token === refreshToken) return { accessToken: access_token };
    return {
      accessToken: access_token,
      refreshToken: refresh_token,
      refreshMaxAge: refresh_expires_in || SESSION_MAX_AGE_SECONDS,
    };
  },
};

// Server-only: the OIDC provider's endpoints, read once from its discovery document.
import "server-only";

import * as z from "zod";

import { env } from "@/env";
import { ApiError, decodeThrown } from "@/lib/api/errors";

const discoverySchema = z.looseObject({
  issuer: z.string(),
  token_endpoint: z.url(),
  end_session_endpoint: z.url().optional(),
});

export type OidcEndpoints = z.infer<typeof discoverySchema>;

let discovery: Promise<OidcEndpoints> | undefined;

async function fetchDiscovery(issuer: string): Promise<OidcEndpoints> {
  let response: Response;
  try {
    response = await fetch(`${issuer}/.well-known/openid-configuration`, {
      cache: "no-store",
      redirect: "manual",
      signal: AbortSignal.timeout(env.FASTAPI_TIMEOUT_MS),
    });
  } catch (error) {
    throw decodeThrown(error);
  }
  const parsed = discoverySchema.safeParse(response.ok ? await response.json().catch(() => null) : null);
  // A document naming another issuer is refused (OpenID Connect Discovery §4.3): it would mix up providers.
  if (!parsed.success || parsed.data.issuer !== issuer) {
    throw new ApiError("invalid-response", "The identity provider's discovery document is unusable.", {
      status: response.status,
    });
  }
  return parsed.data;
}

/** The discovery document of `issuer`, fetched on first use and kept; a failed fetch is retried next time. */
export function oidcEndpoints(issuer: string): Promise<OidcEndpoints> {
  discovery ??= fetchDiscovery(issuer).catch((error: unknown) => {
    discovery = undefined;
    throw error;
  });
  return discovery;
}

// The provider's own pages: a username/password form for the seeded accounts, and consent granted silently
// (the app is a first-party client, as it would be configured in a Keycloak realm).
import type { IncomingMessage, ServerResponse } from "node:http";

import type Provider from "oidc-provider";

import { OIDC_ACCOUNTS } from "../../fixtures/oidc-accounts";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function loginPage(uid: string, error?: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Embedded identity provider</title></head>
  <body><main><h1>Sign in to the embedded identity provider</h1>
  ${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
  <form method="post" action="/interaction/${escapeHtml(uid)}/login">
    <label>Username <input name="username" autocomplete="username" required></label>
    <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
    <button type="submit">Sign in</button>
  </form></main></body></html>`;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  response.end(html);
}

/** Grants whatever the app asked for, then lets the provider finish the authorization. */
async function grantConsent(provider: Provider, request: IncomingMessage, response: ServerResponse) {
  const { grantId, params, session, prompt } = await provider.interactionDetails(request, response);
  const grant = grantId
    ? await provider.Grant.find(grantId)
    : new provider.Grant({ accountId: session?.accountId, clientId: String(params.client_id) });
  if (!grant) throw new Error("The interaction's grant has vanished");
  const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(" "));
  if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(missingResourceScopes ?? {})) {
    grant.addResourceScope(resource, scopes.join(" "));
  }
  await provider.interactionFinished(request, response, { consent: { grantId: await grant.save() } });
}

/** Handles `/interaction/:uid` and `/interaction/:uid/login`; returns false for any other path. */
export async function handleInteraction(
  provider: Provider,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(request.url ?? "/", "http://op").pathname);
  if (!match) return false;
  const [, uid = "", login] = match;

  if (request.method === "GET" && !login) {
    const { prompt } = await provider.interactionDetails(request, response);
    if (prompt.name === "consent") await grantConsent(provider, request, response);
    else sendHtml(response, 200, loginPage(uid));
    return true;
  }
  if (request.method === "POST" && login) {
    const form = await readForm(request);
    const username = form.get("username") ?? "";
    const found = OIDC_ACCOUNTS.find(
      ({ account }) => account.username === username && account.password === form.get("password"),
    );
    if (!found) sendHtml(response, 401, loginPage(uid, "Invalid username or password."));
    else await provider.interactionFinished(request, response, { login: { accountId: found.sub } });
    return true;
  }
  return false;
}

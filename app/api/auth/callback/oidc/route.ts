// The OpenID Connect redirect URI: completes the sign-in, or shows the login page saying why it was refused.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";

import { loginPathFor } from "@/lib/auth/login-notices";
import { OidcSignInError } from "@/lib/auth/oidc-sign-in-error";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { auth } from "@/lib/auth/server";
import { logEvent } from "@/lib/server-log";

export async function GET(request: NextRequest): Promise<never> {
  const query = Object.fromEntries(request.nextUrl.searchParams);
  let destination: string;
  try {
    const { callbackURL } = await auth.api.completeOidcSignIn({ query, headers: await headers() });
    destination = safeNextPath(callbackURL);
  } catch (error) {
    if (!(error instanceof OidcSignInError)) throw error;
    logEvent("warn", "oidc-sign-in-failed", { failure: error.failure, detail: error.detail });
    destination = loginPathFor(error.failure === "refused" ? "sign-in-refused" : "sign-in-unavailable");
  }
  // IMPORTANT: redirect() throws to navigate, so it stays outside the try/catch.
  redirect(destination);
}

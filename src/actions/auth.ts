"use server";
// Server actions for signing up, signing in and signing out (docs/authentication.md). Each returns a typed result.

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { createAccount } from "@/data/account";
import { actionFailureOf } from "@/data/failure";
import { env, oidc } from "@/env";
import { fail, fromZodError, type ActionFailure, type ActionResult } from "@/lib/action-result";
import { answerForm, type FormFields } from "@/lib/forms/answer-form";
import type { FormState } from "@/lib/forms/form-state";
import { auth } from "@/lib/auth/server";
import { loginPathFor } from "@/lib/auth/login-notices";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { OIDC_PROVIDER_ID } from "@/lib/auth/oidc-session-plugin";
import { endSession } from "@/lib/auth/sign-out";
import { authAttempt, authRateLimits } from "@/lib/rate-limit/auth-rate-limits";
import { loginSchema, registerSchema } from "@/lib/validations/auth";

const WRONG_CREDENTIALS = "Wrong username, e-mail or password.";

async function signIn(username: string, password: string): Promise<ActionFailure | undefined> {
  try {
    await auth.api.signInWithFastapi({ body: { username, password }, headers: await headers() });
    return undefined;
  } catch (error) {
    const failure = actionFailureOf(error);
    return failure.reason === "unauthorized" ? fail("unauthorized", WRONG_CREDENTIALS) : failure;
  }
}

/** Passwords never travel back to the browser, not even to refill a form after an error. */
const SECRET_FIELDS = ["password"];

/** Signs in with a username or e-mail, then follows the posted `next` when it is a same-site path. */
export async function loginAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm(formData, signInWithPassword, { secretFields: SECRET_FIELDS });
}

async function signInWithPassword(fields: FormFields): Promise<ActionResult> {
  if (!env.PASSWORD_LOGIN_ENABLED) return fail("unauthorized", "Signing in with a password is switched off.");
  const parsed = loginSchema.safeParse(fields);
  if (!parsed.success) return fromZodError(parsed.error);

  const attempt = await authAttempt("login", [parsed.data.username]);
  const refusal = await authRateLimits.refusal(attempt);
  if (refusal) return refusal;

  const failure = await signIn(parsed.data.username, parsed.data.password);
  // An unknown account and a wrong password are one answer from FastAPI, so they count alike here too.
  if (failure?.reason === "unauthorized") await authRateLimits.recordAttempt(attempt);
  if (failure) return failure;
  await authRateLimits.recordSuccess(attempt);
  // IMPORTANT: redirect() throws to navigate, so it stays outside every try/catch.
  redirect(safeNextPath(fields.next));
}

/**
 * Starts "Sign in with <provider>": Better Auth keeps state, PKCE verifier and nonce in an encrypted cookie and
 * gives the provider's authorization URL, where the browser goes next. A POST, so Next's Origin check guards it.
 */
export async function oidcSignInAction(next?: string): Promise<void> {
  let authorizationUrl: string | undefined;
  if (oidc) {
    authorizationUrl = await auth.api
      .signInSocial({
        body: { provider: OIDC_PROVIDER_ID, callbackURL: safeNextPath(next), disableRedirect: true },
        headers: await headers(),
      })
      .then(({ url }) => url)
      .catch(() => undefined);
  }
  redirect(authorizationUrl ?? loginPathFor("sign-in-unavailable"));
}

/** Creates the FastAPI account, then signs the new user in. */
export async function registerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm(formData, registerAndSignIn, { secretFields: SECRET_FIELDS });
}

async function registerAndSignIn(fields: FormFields): Promise<ActionResult> {
  if (!env.PASSWORD_LOGIN_ENABLED) return fail("unauthorized", "Signing in with a password is switched off.");
  const parsed = registerSchema.safeParse(fields);
  if (!parsed.success) return fromZodError(parsed.error);

  const attempt = await authAttempt("register", [parsed.data.username, parsed.data.email]);
  const refusal = await authRateLimits.refusal(attempt);
  if (refusal) return refusal;

  const created = await createAccount(parsed.data);
  if (!created.ok) {
    // A refusal tells whether a username or e-mail is taken: count those, but not an outage. Successes are not
    // counted: they would let one client shut sign-up for everyone.
    if (created.reason !== "unavailable") await authRateLimits.recordAttempt(attempt);
    return created;
  }
  const failure = await signIn(parsed.data.username, parsed.data.password);
  if (failure) return failure;
  redirect("/dashboard");
}

/**
 * Ends the session where it came from (FastAPI revokes its tokens; an OIDC provider gets an RP-initiated logout),
 * then clears every cookie whatever the other side said: a user who asks to leave is signed out here even when
 * the backend is down, and told so when the sign-out could not be confirmed.
 */
export async function logoutAction(): Promise<void> {
  const destination = await endSession();
  await auth.api.signOut({ headers: await headers() });
  redirect(destination);
}

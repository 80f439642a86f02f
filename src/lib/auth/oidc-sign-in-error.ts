// Why an OpenID Connect sign-in did not complete; the callback route turns each into a notice on the login page.

export type OidcSignInFailure =
  /** Tampered, replayed, expired or foreign callback, a bad code, or an ID token that failed verification. */
  | "refused"
  /** The provider or FastAPI could not be reached, or FastAPI would not accept the provider's token. */
  | "unavailable";

export class OidcSignInError extends Error {
  constructor(
    readonly failure: OidcSignInFailure,
    /** What went wrong; may quote the provider's own words, so it is logged as a field, never as a line. */
    readonly detail: string,
  ) {
    super(`OpenID Connect sign-in ${failure}: ${detail}`);
    this.name = "OidcSignInError";
  }
}

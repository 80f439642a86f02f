// How a session was started, recorded in the encrypted session so nobody can switch it: it decides where
// refreshes and sign-outs go.

export type SignInMethod = "password" | "oidc";

/** The method recorded on a session's user; sessions from before the field existed were password sign-ins. */
export const signInMethodOf = (user: Record<string, unknown> | null | undefined): SignInMethod =>
  user?.signInMethod === "oidc" ? "oidc" : "password";

import { oidcSignInAction } from "@/actions/auth";

interface OidcSignInButtonProps {
  providerName: string;
  /** Where to go after signing in; the server accepts it only as a same-site path. */
  next?: string;
}

/** Starts the OpenID Connect sign-in with a POST, so Next's Origin check guards it like every other action. */
export function OidcSignInButton({ providerName, next }: OidcSignInButtonProps) {
  return (
    <form action={oidcSignInAction.bind(null, next)}>
      <button type="submit" className="button">
        Sign in with {providerName}
      </button>
    </form>
  );
}

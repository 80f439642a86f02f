import { KeyRound } from "lucide-react";

import { oidcSignInAction } from "@/actions/auth";
import { Button } from "@/components/ui/button";

interface OidcSignInButtonProps {
  providerName: string;
  /** Where to go after signing in; the server accepts it only as a same-site path. */
  next?: string;
}

/** Starts the OpenID Connect sign-in with a POST, so Next's Origin check guards it like every other action. */
export function OidcSignInButton({ providerName, next }: OidcSignInButtonProps) {
  return (
    <form action={oidcSignInAction.bind(null, next)}>
      <Button type="submit" variant="outline" className="w-full">
        <KeyRound aria-hidden="true" />
        Sign in with {providerName}
      </Button>
    </form>
  );
}

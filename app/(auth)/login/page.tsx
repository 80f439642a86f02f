import type { Metadata } from "next";
import Link from "next/link";

import { LoginForm } from "@/components/auth/login-form";
import { OidcSignInButton } from "@/components/auth/oidc-sign-in-button";
import { env, oidc } from "@/env";
import { loginNotice } from "@/lib/auth/login-notices";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const { next, reason } = await searchParams;
  const notice = loginNotice(reason);
  const nextPath = typeof next === "string" ? next : undefined;
  return (
    <>
      <h1>Sign in</h1>
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      {oidc ? <OidcSignInButton providerName={oidc.name} next={nextPath} /> : null}
      {oidc && env.PASSWORD_LOGIN_ENABLED ? <p>or with your username and password:</p> : null}
      {env.PASSWORD_LOGIN_ENABLED ? (
        <>
          <LoginForm next={nextPath} />
          <p>
            No account yet? <Link href="/register">Create one</Link>.
          </p>
        </>
      ) : null}
    </>
  );
}

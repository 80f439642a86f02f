import { Info } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { LoginForm } from "@/components/auth/login-form";
import { OidcSignInButton } from "@/components/auth/oidc-sign-in-button";
import { SessionEndedAnnouncer } from "@/components/auth/session-ended-announcer";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { env, oidc } from "@/env";
import { loginNotice, sessionEnded } from "@/lib/auth/login-notices";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const { next, reason } = await searchParams;
  const notice = loginNotice(reason);
  const nextPath = typeof next === "string" ? next : undefined;
  return (
    <Card>
      <CardHeader className="text-center">
        <CardTitle className="text-xl">
          <h1>Sign in</h1>
        </CardTitle>
        <CardDescription>Welcome back. Sign in to reach your dashboard.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {sessionEnded(reason) ? <SessionEndedAnnouncer /> : null}
        {notice ? (
          <Alert role="status">
            <Info aria-hidden="true" />
            <AlertDescription>{notice}</AlertDescription>
          </Alert>
        ) : null}
        {oidc ? <OidcSignInButton providerName={oidc.name} next={nextPath} /> : null}
        {oidc && env.PASSWORD_LOGIN_ENABLED ? (
          <p className="flex items-center gap-3 text-xs text-muted-foreground before:h-px before:flex-1 before:bg-border after:h-px after:flex-1 after:bg-border">
            or with your username and password:
          </p>
        ) : null}
        {env.PASSWORD_LOGIN_ENABLED ? <LoginForm next={nextPath} /> : null}
      </CardContent>
      {env.PASSWORD_LOGIN_ENABLED ? (
        <CardFooter className="justify-center text-sm text-muted-foreground">
          <p>
            No account yet?{" "}
            <Link href="/register" className="font-medium text-primary underline-offset-4 hover:underline">
              Create one
            </Link>
            .
          </p>
        </CardFooter>
      ) : null}
    </Card>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { RegisterForm } from "@/components/auth/register-form";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { env } from "@/env";

export const metadata: Metadata = { title: "Create an account" };

export default function RegisterPage() {
  // Sign-up creates a FastAPI password account: without the password login there is nothing to sign up for.
  if (!env.PASSWORD_LOGIN_ENABLED) notFound();
  return (
    <Card>
      <CardHeader className="text-center">
        <CardTitle className="text-xl">
          <h1>Create an account</h1>
        </CardTitle>
        <CardDescription>It takes a minute. You are signed in as soon as it is done.</CardDescription>
      </CardHeader>
      <CardContent>
        <RegisterForm />
      </CardContent>
      <CardFooter className="justify-center text-sm text-muted-foreground">
        <p>
          Already registered?{" "}
          <Link href="/login" className="font-medium text-primary underline-offset-4 hover:underline">
            Sign in
          </Link>
          .
        </p>
      </CardFooter>
    </Card>
  );
}

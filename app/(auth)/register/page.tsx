import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { RegisterForm } from "@/components/auth/register-form";
import { env } from "@/env";

export const metadata: Metadata = { title: "Create an account" };

export default function RegisterPage() {
  // Sign-up creates a FastAPI password account: without the password login there is nothing to sign up for.
  if (!env.PASSWORD_LOGIN_ENABLED) notFound();
  return (
    <>
      <h1>Create an account</h1>
      <RegisterForm />
      <p>
        Already registered? <Link href="/login">Sign in</Link>.
      </p>
    </>
  );
}

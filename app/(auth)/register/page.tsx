import type { Metadata } from "next";
import Link from "next/link";

import { RegisterForm } from "@/components/auth/register-form";

export const metadata: Metadata = { title: "Create an account" };

export default function RegisterPage() {
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

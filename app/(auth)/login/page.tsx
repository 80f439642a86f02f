import type { Metadata } from "next";
import Link from "next/link";

import { LoginForm } from "@/components/auth/login-form";
import { loginNotice } from "@/lib/auth/login-notices";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const { next, reason } = await searchParams;
  const notice = loginNotice(reason);
  return (
    <>
      <h1>Sign in</h1>
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      <LoginForm next={typeof next === "string" ? next : undefined} />
      <p>
        No account yet? <Link href="/register">Create one</Link>.
      </p>
    </>
  );
}

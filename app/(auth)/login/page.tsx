import type { Metadata } from "next";
import Link from "next/link";

import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Sign in" };

/** Messages for the `reason` the app adds when it sends someone back here. */
const NOTICES: Record<string, string> = {
  "session-expired": "Your session has ended. Please sign in again.",
  "signed-out": "You are signed out.",
  "signed-out-locally":
    "You are signed out on this device, but the server could not confirm it. Your old session ends when it expires.",
};

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const { next, reason } = await searchParams;
  const notice = typeof reason === "string" ? NOTICES[reason] : undefined;
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

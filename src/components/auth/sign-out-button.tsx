"use client";

import { useFormStatus } from "react-dom";

import { logoutAction } from "@/actions/auth";

function SignOutSubmit() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button button-secondary" disabled={pending}>
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}

/** Sign-out is a POST to a server action, so Next's Origin check protects it from cross-site requests. */
export function SignOutButton() {
  return (
    <form action={logoutAction}>
      <SignOutSubmit />
    </form>
  );
}

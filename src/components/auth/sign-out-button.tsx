"use client";

import { LogOut } from "lucide-react";
import { useFormStatus } from "react-dom";

import { logoutAction } from "@/actions/auth";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

interface SignOutButtonProps {
  /** Classes of the form, e.g. to show it at some widths only. */
  className?: string;
  /** An icon button whose label is for screen readers only. */
  compact?: boolean;
}

function SignOutSubmit({ compact }: { compact: boolean }) {
  const { pending } = useFormStatus();
  const label = pending ? "Signing out…" : "Sign out";
  return (
    <Button
      type="submit"
      variant="ghost"
      size={compact ? "icon" : "default"}
      disabled={pending}
      className={cn(
        !compact &&
          "w-full justify-start group-data-[collapsible=icon]:size-8 group-data-[collapsible=icon]:p-2",
      )}
    >
      <LogOut aria-hidden="true" />
      {/* In the collapsed sidebar only the icon shows; the name stays for screen readers. */}
      <span className={compact ? "sr-only" : "group-data-[collapsible=icon]:sr-only"}>{label}</span>
    </Button>
  );
}

/**
 * Sign-out is a POST to a server action, so Next's Origin check protects it from cross-site requests, and it
 * works before the page's JavaScript has loaded, or without it.
 */
export function SignOutButton({ className, compact = false }: SignOutButtonProps) {
  return (
    <form action={logoutAction} className={className}>
      <SignOutSubmit compact={compact} />
    </form>
  );
}

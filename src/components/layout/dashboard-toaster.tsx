"use client";

import type { ReactNode } from "react";
import { toast } from "sonner";

import { Toaster } from "@/components/ui/sonner";
import { FailureToastContext } from "@/hooks/use-failure-toast";

const showFailure = (message: string) => toast.error(message);

/** The dashboard's toasts: the Toaster, and the failure toast that forms raise through useFailureToast(). */
export function DashboardToaster({ children }: { children: ReactNode }) {
  return (
    <FailureToastContext value={showFailure}>
      {children}
      <Toaster />
    </FailureToastContext>
  );
}

"use client";

import { CircleCheckIcon } from "lucide-react";
import { useEffect } from "react";
import { toast } from "sonner";

import { Alert, AlertDescription } from "@/components/ui/alert";

interface NoticeProps {
  message: string | undefined;
}

/**
 * A success message: in the page, announced politely by screen readers (and all there is without JavaScript),
 * and as a toast once the page is hydrated.
 */
export function Notice({ message }: NoticeProps) {
  useEffect(() => {
    // The message as the toast's id: a second effect run (or render) for the same message shows one toast.
    if (message) toast.success(message, { id: message });
  }, [message]);

  if (!message) return null;
  return (
    <Alert role="status" className="border-emerald-600/30 text-emerald-800 dark:text-emerald-300">
      <CircleCheckIcon aria-hidden />
      <AlertDescription className="text-current">{message}</AlertDescription>
    </Alert>
  );
}

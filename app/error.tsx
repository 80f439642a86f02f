"use client";

import { TriangleAlert } from "lucide-react";

import { StatusMessage } from "@/components/layout/status-message";
import { Button } from "@/components/ui/button";

/** Last-resort boundary: a message and a way to retry, never a stack trace. */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="flex min-h-svh items-center justify-center p-6">
      <StatusMessage
        icon={TriangleAlert}
        title="Something went wrong"
        description="The page could not be shown. The service may be unavailable; please try again."
        actions={
          <Button type="button" onClick={retry}>
            Try again
          </Button>
        }
      />
    </main>
  );
}

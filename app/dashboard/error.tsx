"use client";

import { CloudOff, RotateCw } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * A dashboard page whose data could not be loaded (backend down, slow, or answering 500). The header and the
 * session stay; `retry` fetches the page again from the server.
 */
export default function DashboardError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <Alert variant="destructive">
      <CloudOff aria-hidden="true" />
      <AlertTitle>
        <h1>This page could not be loaded</h1>
      </AlertTitle>
      <AlertDescription>
        <p>The service may be unavailable right now. You are still signed in.</p>
        <Button type="button" variant="outline" size="sm" className="mt-2" onClick={retry}>
          <RotateCw aria-hidden="true" />
          Try again
        </Button>
      </AlertDescription>
    </Alert>
  );
}

import { CloudOff } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

/** Shown in place of a page whose data could not be loaded because the backend is down, slow or wrong. */
export function ServiceUnavailable() {
  return (
    <Alert variant="destructive">
      <CloudOff aria-hidden="true" />
      <AlertTitle>
        <h1>Service unavailable</h1>
      </AlertTitle>
      <AlertDescription>
        <p>
          We could not reach the service just now. You are still signed in; please reload the page in a
          moment.
        </p>
      </AlertDescription>
    </Alert>
  );
}

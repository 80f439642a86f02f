import { ShieldX } from "lucide-react";
import Link from "next/link";

import { StatusMessage } from "@/components/layout/status-message";
import { Button } from "@/components/ui/button";

/** Rendered with status 403 when the data layer calls forbidden(): signed in, but not allowed here. */
export default function Forbidden() {
  return (
    <main className="flex min-h-svh items-center justify-center p-6">
      <StatusMessage
        icon={ShieldX}
        code="403"
        title="Access denied"
        description="This area is for administrators only."
        actions={
          <Button asChild>
            <Link href="/dashboard">Back to the dashboard</Link>
          </Button>
        }
      />
    </main>
  );
}

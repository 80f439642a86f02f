import { Compass } from "lucide-react";
import Link from "next/link";

import { StatusMessage } from "@/components/layout/status-message";
import { Button } from "@/components/ui/button";

export default function DashboardNotFound() {
  return (
    <StatusMessage
      icon={Compass}
      code="404"
      title="Not found"
      description="There is nothing here. It may have been deleted, or the address is wrong."
      actions={
        <Button asChild variant="outline">
          <Link href="/dashboard">Back to the dashboard</Link>
        </Button>
      }
    />
  );
}

import { Compass } from "lucide-react";
import Link from "next/link";

import { StatusMessage } from "@/components/layout/status-message";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-svh items-center justify-center p-6">
      <StatusMessage
        icon={Compass}
        code="404"
        title="Page not found"
        description="There is nothing at this address."
        actions={
          <Button asChild>
            <Link href="/">Back to the home page</Link>
          </Button>
        }
      />
    </main>
  );
}

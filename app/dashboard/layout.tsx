import type { ReactNode } from "react";

import { AppHeader } from "@/components/layout/app-header";
import { ServiceUnavailable } from "@/components/layout/service-unavailable";
import { confirmCurrentUser } from "@/data/current-user";
import { requireSession } from "@/data/session";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  const current = await confirmCurrentUser();
  return (
    <>
      <AppHeader name={session.name} />
      <main className="page">{current.status === "ok" ? children : <ServiceUnavailable />}</main>
    </>
  );
}

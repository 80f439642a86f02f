import type { ReactNode } from "react";

import { AppHeader } from "@/components/layout/app-header";
import { DashboardNav } from "@/components/layout/dashboard-nav";
import { ServiceUnavailable } from "@/components/layout/service-unavailable";
import { confirmCurrentUser } from "@/data/current-user";
import { requireSession } from "@/data/session";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  const current = await confirmCurrentUser();
  // FastAPI's copy of the name is fresher than the session's, which was taken at sign-in.
  const name = current.status === "ok" ? current.user.name : session.name;
  return (
    <>
      <AppHeader name={name} />
      <DashboardNav showAdmin={session.isSuperuser} />
      <main className="page">{current.status === "ok" ? children : <ServiceUnavailable />}</main>
    </>
  );
}

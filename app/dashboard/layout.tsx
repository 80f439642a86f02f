import { cookies } from "next/headers";
import type { ReactNode } from "react";

import { AppSidebar } from "@/components/layout/app-sidebar";
import { DashboardToaster } from "@/components/layout/dashboard-toaster";
import { PendingNavigationProvider, PendingOutlet } from "@/components/layout/pending-navigation";
import { ServiceUnavailable } from "@/components/layout/service-unavailable";
import { SessionWatch } from "@/components/layout/session-watch";
import { SiteHeader } from "@/components/layout/site-header";
import { SidebarInset, SidebarProvider } from "@/components/ui/sidebar";
import { currentUser, viewerForPage } from "@/data/request";
import { env } from "@/env";
import { allowedImageUrl } from "@/lib/security/content-security-policy";
import { SIDEBAR_COOKIE_NAME, isSidebarOpen } from "@/lib/sidebar-state";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const [viewer, current] = await Promise.all([viewerForPage(), currentUser()]);
  // FastAPI's copy of the user is fresher than the session's, which was taken at sign-in.
  const user =
    current.status === "ok"
      ? {
          name: current.user.name,
          email: current.user.email,
          imageUrl: allowedImageUrl(current.user.imageUrl, env.APP_URL),
        }
      : { name: viewer.name, email: viewer.email };
  const sidebarOpen = isSidebarOpen((await cookies()).get(SIDEBAR_COOKIE_NAME)?.value);
  return (
    <PendingNavigationProvider>
      <SessionWatch />
      {/* Toasts here rather than in the root layout: the sign-in pages, which show none, skip their JavaScript. */}
      <DashboardToaster>
        <SidebarProvider defaultOpen={sidebarOpen}>
          <a
            href="#main"
            className="sr-only z-50 rounded-md bg-background px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
          >
            Skip to content
          </a>
          <AppSidebar user={user} showAdmin={viewer.isSuperuser} />
          <SidebarInset>
            <SiteHeader user={user} />
            <main id="main" className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-6 p-4 md:p-6 lg:p-8">
              <PendingOutlet>{current.status === "ok" ? children : <ServiceUnavailable />}</PendingOutlet>
            </main>
          </SidebarInset>
        </SidebarProvider>
      </DashboardToaster>
    </PendingNavigationProvider>
  );
}

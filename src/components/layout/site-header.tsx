import { SignOutButton } from "@/components/auth/sign-out-button";
import { Separator } from "@/components/ui/separator";
import { SidebarTrigger } from "@/components/ui/sidebar";

import { DashboardBreadcrumbs } from "./dashboard-breadcrumbs";
import { UserMenu } from "./user-menu";

interface SiteHeaderProps {
  user: { name: string; email: string; imageUrl?: string };
}

/** The dashboard's top bar: the sidebar toggle, the breadcrumbs and the account menu. */
export function SiteHeader({ user }: SiteHeaderProps) {
  return (
    <header className="sticky top-0 z-10 flex h-14 shrink-0 items-center gap-2 border-b bg-background/90 px-4 backdrop-blur-sm lg:px-6">
      <SidebarTrigger className="-ml-1" />
      <Separator orientation="vertical" className="mr-2 data-[orientation=vertical]:h-4" />
      <DashboardBreadcrumbs />
      <div className="ml-auto flex items-center gap-1">
        {/* Phones only: the sidebar, and its sign-out form, is a Sheet there that needs JavaScript to open. */}
        <SignOutButton compact className="md:hidden" />
        <UserMenu user={user} />
      </div>
    </header>
  );
}

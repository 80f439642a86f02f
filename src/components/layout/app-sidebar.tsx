"use client";

import { usePathname } from "next/navigation";

import { SignOutButton } from "@/components/auth/sign-out-button";
import { LogoMark, PRODUCT_NAME } from "@/components/brand/logo-mark";
import {
  Sidebar,
  SidebarContent,
  SidebarFooter,
  SidebarGroup,
  SidebarGroupContent,
  SidebarHeader,
  SidebarMenu,
  SidebarMenuButton,
  SidebarMenuItem,
  SidebarRail,
  useSidebar,
} from "@/components/ui/sidebar";
import { navigationFor } from "@/lib/routes";

import { NavLink } from "./pending-navigation";
import { UserAvatar } from "./user-avatar";

/** An item is current on its own page and every page below it; Overview only on /dashboard itself. */
const isCurrent = (href: string, pathname: string) =>
  href === "/dashboard" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);

interface AppSidebarProps {
  user: { name: string; imageUrl?: string };
  /** Superusers see the admin area; everyone else never sees a link to it. */
  showAdmin: boolean;
}

/** The dashboard's navigation: a collapsible rail on wide screens, a Sheet on phones. */
export function AppSidebar({ user, showAdmin }: AppSidebarProps) {
  const pathname = usePathname();
  const { isMobile, setOpenMobile } = useSidebar();
  // On a phone the Sheet covers the page: close it once the reader has picked where to go.
  const closeOnPhone = () => {
    if (isMobile) setOpenMobile(false);
  };
  const items = navigationFor(showAdmin);

  return (
    <Sidebar collapsible="icon">
      <SidebarHeader>
        <SidebarMenu>
          <SidebarMenuItem>
            <SidebarMenuButton size="lg" asChild>
              <NavLink href="/dashboard" onClick={closeOnPhone}>
                {/* Wrapped: the menu button sizes its direct svg children as icons. */}
                <span className="flex size-8 shrink-0 items-center justify-center">
                  <LogoMark className="size-8" />
                </span>
                <span className="truncate font-semibold">{PRODUCT_NAME}</span>
              </NavLink>
            </SidebarMenuButton>
          </SidebarMenuItem>
        </SidebarMenu>
      </SidebarHeader>
      <SidebarContent>
        <nav aria-label="Dashboard">
          <SidebarGroup>
            <SidebarGroupContent>
              <SidebarMenu>
                {items.map(({ title, href, icon: Icon }) => {
                  const current = isCurrent(href, pathname);
                  return (
                    <SidebarMenuItem key={href}>
                      <SidebarMenuButton asChild isActive={current} tooltip={title}>
                        <NavLink
                          href={href}
                          aria-current={current ? "page" : undefined}
                          onClick={closeOnPhone}
                        >
                          <Icon aria-hidden="true" />
                          <span>{title}</span>
                        </NavLink>
                      </SidebarMenuButton>
                    </SidebarMenuItem>
                  );
                })}
              </SidebarMenu>
            </SidebarGroupContent>
          </SidebarGroup>
        </nav>
      </SidebarContent>
      <SidebarFooter>
        <div className="flex items-center gap-2 px-1 py-1.5 group-data-[collapsible=icon]:hidden">
          <UserAvatar name={user.name} imageUrl={user.imageUrl} />
          <p className="grid min-w-0 text-sm leading-tight">
            <span className="text-xs text-muted-foreground">Signed in as </span>
            <span className="truncate font-medium">{user.name}</span>
          </p>
        </div>
        <SignOutButton />
      </SidebarFooter>
      <SidebarRail />
    </Sidebar>
  );
}

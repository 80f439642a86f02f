"use client";

import { LogOut, UserRound } from "lucide-react";
import Link from "next/link";

import { logoutAction } from "@/actions/auth";
import { ThemeRadioGroup } from "@/components/theme/theme-radio-group";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

import { UserAvatar } from "./user-avatar";

interface UserMenuProps {
  user: { name: string; email: string; imageUrl?: string };
}

/**
 * The account menu of the header: who is signed in, the profile, the theme and signing out. It needs
 * JavaScript; the sidebar's (or, on phones, the header's) sign-out form works without.
 */
export function UserMenu({ user }: UserMenuProps) {
  return (
    // Not modal: a modal menu hides the rest of the page with aria-hidden while leaving it focusable.
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="size-9 rounded-lg" aria-label="Account menu">
          <UserAvatar name={user.name} imageUrl={user.imageUrl} />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="flex items-center gap-2 font-normal">
          <UserAvatar name={user.name} imageUrl={user.imageUrl} />
          <span className="grid min-w-0 leading-tight">
            <span className="truncate font-medium">{user.name}</span>
            <span className="truncate text-xs text-muted-foreground">{user.email}</span>
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/dashboard/profile">
            <UserRound />
            Profile
          </Link>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">Theme</DropdownMenuLabel>
        <ThemeRadioGroup />
        <DropdownMenuSeparator />
        <form action={logoutAction}>
          {/* Selecting an item closes the menu, which would unmount this form before it submits. */}
          <DropdownMenuItem asChild onSelect={(event) => event.preventDefault()}>
            <button type="submit" className="w-full">
              <LogOut />
              Sign out
            </button>
          </DropdownMenuItem>
        </form>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

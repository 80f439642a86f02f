import { ArrowRight, PenLine, UserRound, Users, type LucideIcon } from "lucide-react";

import { NavLink } from "@/components/layout/pending-navigation";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

const LINKS: { href: string; title: string; description: string; icon: LucideIcon }[] = [
  {
    href: "/dashboard/posts/new",
    title: "Write a post",
    description: "Share something; you can edit or delete it later.",
    icon: PenLine,
  },
  {
    href: "/dashboard/users",
    title: "Browse the directory",
    description: "Everyone with an account, and what they wrote.",
    icon: Users,
  },
  {
    href: "/dashboard/profile",
    title: "Edit your profile",
    description: "Your name, username, e-mail and picture.",
    icon: UserRound,
  },
];

/** The overview's shortcuts, as cards that are links in full. */
export function QuickLinks() {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {LINKS.map(({ href, title, description, icon: Icon }) => (
        <li key={href}>
          <Card className="group relative h-full gap-3 transition-colors hover:border-primary/50 hover:bg-accent/40">
            <CardHeader>
              <div className="mb-2 flex size-9 items-center justify-center rounded-lg bg-primary/10 text-primary">
                <Icon aria-hidden="true" className="size-5" />
              </div>
              <CardTitle className="flex items-center gap-1">
                {/* The link covers the whole card (::after), but its name is just the title. */}
                <NavLink
                  href={href}
                  className="rounded-sm outline-none after:absolute after:inset-0 after:rounded-xl focus-visible:ring-[3px] focus-visible:ring-ring/50"
                >
                  {title}
                </NavLink>
                <ArrowRight
                  aria-hidden="true"
                  className="size-4 text-muted-foreground transition-transform group-hover:translate-x-0.5 motion-reduce:transition-none"
                />
              </CardTitle>
              <CardDescription>{description}</CardDescription>
            </CardHeader>
          </Card>
        </li>
      ))}
    </ul>
  );
}

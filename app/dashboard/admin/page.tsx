import { Gauge, UsersRound, type LucideIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { viewerForPage } from "@/data/request";

export const metadata: Metadata = { title: "Admin" };

const SECTIONS: { href: string; title: string; description: string; icon: LucideIcon }[] = [
  {
    href: "/dashboard/admin/tiers",
    title: "Tiers and rate limits",
    description: "Create, rename and delete tiers, and set each tier's limits per API path.",
    icon: Gauge,
  },
  {
    href: "/dashboard/admin/users",
    title: "Users: tiers and deletion",
    description: "Move users between tiers, or delete an account for good.",
    icon: UsersRound,
  },
];

export default async function AdminPage() {
  await viewerForPage({ role: "superuser" });
  return (
    <>
      <PageHeader title="Admin" description="For superusers only." />
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map(({ href, title, description, icon: Icon }) => (
          <li key={href}>
            <Card className="relative h-full gap-3 transition-colors hover:border-primary/50 hover:bg-accent/40">
              <CardHeader>
                <div className="mb-2 flex size-9 items-center justify-center rounded-lg bg-primary/10 text-primary">
                  <Icon aria-hidden="true" className="size-5" />
                </div>
                <CardTitle>
                  {/* The link covers the whole card (::after), but its name is just the title. */}
                  <Link
                    href={href}
                    className="rounded-sm outline-none after:absolute after:inset-0 after:rounded-xl focus-visible:ring-[3px] focus-visible:ring-ring/50"
                  >
                    {title}
                  </Link>
                </CardTitle>
                <CardDescription>{description}</CardDescription>
              </CardHeader>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

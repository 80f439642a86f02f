import type { Metadata } from "next";

import { ProfileSummary } from "@/components/dashboard/profile-summary";
import { QuickLinks } from "@/components/dashboard/quick-links";
import { PageHeader } from "@/components/layout/page-header";
import { currentUser } from "@/data/request";
import { getTierName } from "@/data/tiers";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const current = await currentUser();
  if (current.status !== "ok") return null;
  const tier = await getTierName(current.user.tierId);
  return (
    <>
      <PageHeader title={`Welcome, ${current.user.name}`} description="Here is where things stand." />
      <QuickLinks />
      <ProfileSummary
        user={current.user}
        tierName={tier.status === "ok" ? tier.value : undefined}
        tierUnavailable={tier.status !== "ok"}
      />
    </>
  );
}

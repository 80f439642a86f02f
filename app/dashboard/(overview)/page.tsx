import type { Metadata } from "next";

import { ProfileSummary } from "@/components/dashboard/profile-summary";
import { confirmCurrentUser, getTierName } from "@/data/current-user";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const current = await confirmCurrentUser();
  if (current.status !== "ok") return null;
  const tier = await getTierName(current.user.tierId);
  return (
    <>
      <h1>Welcome, {current.user.name}</h1>
      <ProfileSummary
        user={current.user}
        tierName={tier.status === "ok" ? tier.value : undefined}
        tierUnavailable={tier.status !== "ok"}
      />
    </>
  );
}

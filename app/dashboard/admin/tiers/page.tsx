import type { Metadata } from "next";

import { createTierAction } from "@/actions/tiers";
import { TierNameForm } from "@/components/admin/tier-name-form";
import { TierTable } from "@/components/admin/tier-table";
import { PaginationNav } from "@/components/layout/pagination-nav";
import { SectionContent } from "@/components/layout/section-unavailable";
import { getTiers } from "@/data/admin/tiers";
import { readPageRequest } from "@/lib/validations/pagination";

export const metadata: Metadata = { title: "Tiers" };

export default async function TiersPage({ searchParams }: PageProps<"/dashboard/admin/tiers">) {
  const tiers = await getTiers(readPageRequest(await searchParams));
  return (
    <>
      <h1>Tiers</h1>
      <TierNameForm
        action={createTierAction}
        fieldId="new-tier-name"
        label="New tier name"
        submitLabel="Create tier"
        successMessage="Tier created."
      />
      <SectionContent section={tiers} what="The tier list">
        {(tiers) => (
          <>
            {tiers.items.length > 0 ? (
              <TierTable tiers={tiers.items} />
            ) : (
              <p className="empty">
                {tiers.total > 0 ? "There are no tiers on this page." : "There are no tiers yet."}
              </p>
            )}
            <PaginationNav
              page={tiers}
              basePath="/dashboard/admin/tiers"
              noun={{ one: "tier", many: "tiers" }}
            />
          </>
        )}
      </SectionContent>
    </>
  );
}

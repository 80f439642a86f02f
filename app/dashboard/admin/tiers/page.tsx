import { Gauge } from "lucide-react";
import type { Metadata } from "next";

import { createTierAction } from "@/actions/tiers";
import { TierNameForm } from "@/components/admin/tier-name-form";
import { TierTable } from "@/components/admin/tier-table";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { PaginationNav } from "@/components/layout/pagination-nav";
import { Card, CardContent } from "@/components/ui/card";
import { SectionContent } from "@/components/layout/section-unavailable";
import { getTiers } from "@/data/admin/tiers";
import { readPageRequest } from "@/lib/validations/pagination";

export const metadata: Metadata = { title: "Tiers" };

export default async function TiersPage({ searchParams }: PageProps<"/dashboard/admin/tiers">) {
  const tiers = await getTiers(readPageRequest(await searchParams));
  return (
    <>
      <PageHeader
        title="Tiers"
        description="Each user belongs to a tier; each tier has its own rate limits."
      />
      <Card>
        <CardContent>
          <TierNameForm
            action={createTierAction}
            fieldId="new-tier-name"
            label="New tier name"
            submitLabel="Create tier"
            successMessage="Tier created."
          />
        </CardContent>
      </Card>
      <SectionContent section={tiers} what="The tier list">
        {(tiers) => (
          <>
            {tiers.items.length > 0 ? (
              <TierTable tiers={tiers.items} />
            ) : (
              <EmptyState
                icon={Gauge}
                title={tiers.total > 0 ? "There are no tiers on this page." : "There are no tiers yet."}
                description={tiers.total > 0 ? undefined : "Create the first one with the form above."}
              />
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

import { ArrowLeft, Gauge } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { createRateLimitAction } from "@/actions/rate-limits";
import { RateLimitForm } from "@/components/admin/rate-limit-form";
import { RateLimitList } from "@/components/admin/rate-limit-list";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { PaginationNav } from "@/components/layout/pagination-nav";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { SectionContent } from "@/components/layout/section-unavailable";
import { getTierWithRateLimits } from "@/data/admin/tiers";
import { segmentOrNotFound } from "@/lib/route-segment";
import { tierSchema } from "@/lib/validations/admin";
import { readPageRequest } from "@/lib/validations/pagination";

export const metadata: Metadata = { title: "Rate limits" };

export default async function TierPage({ params, searchParams }: PageProps<"/dashboard/admin/tiers/[name]">) {
  const name = segmentOrNotFound((await params).name, tierSchema.shape.name);
  const { tier, rateLimits } = await getTierWithRateLimits(name, readPageRequest(await searchParams));
  return (
    <>
      <div>
        <Button asChild variant="ghost" size="sm" className="-ml-3">
          <Link href="/dashboard/admin/tiers">
            <ArrowLeft aria-hidden="true" />
            All tiers
          </Link>
        </Button>
      </div>
      <PageHeader title={`Rate limits of “${tier.name}”`} />
      <SectionContent section={rateLimits} what={`The rate limits of “${tier.name}”`}>
        {(rateLimits) => (
          <>
            {rateLimits.items.length > 0 ? (
              <RateLimitList tierName={tier.name} rateLimits={rateLimits.items} />
            ) : (
              <EmptyState
                icon={Gauge}
                title="This tier has no rate limits on this page."
                description="Add one with the form below."
              />
            )}
            <PaginationNav
              page={rateLimits}
              basePath={`/dashboard/admin/tiers/${encodeURIComponent(tier.name)}`}
              noun={{ one: "rate limit", many: "rate limits" }}
            />
          </>
        )}
      </SectionContent>
      <Card className="max-w-2xl">
        <CardHeader>
          <CardTitle>
            <h2>Add a rate limit</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <RateLimitForm
            action={createRateLimitAction.bind(null, tier.name)}
            idPrefix="new-rate-limit"
            submitLabel="Add rate limit"
            successMessage="Rate limit added."
          />
        </CardContent>
      </Card>
    </>
  );
}

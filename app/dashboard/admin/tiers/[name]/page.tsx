import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { createRateLimitAction } from "@/actions/rate-limits";
import { RateLimitForm } from "@/components/admin/rate-limit-form";
import { RateLimitList } from "@/components/admin/rate-limit-list";
import { PaginationNav } from "@/components/layout/pagination-nav";
import { SectionContent } from "@/components/layout/section-unavailable";
import { getTierWithRateLimits } from "@/data/admin/tiers";
import { tierSchema } from "@/lib/validations/admin";
import { readPageRequest } from "@/lib/validations/pagination";

export const metadata: Metadata = { title: "Rate limits" };

export default async function TierPage({ params, searchParams }: PageProps<"/dashboard/admin/tiers/[name]">) {
  const name = tierSchema.shape.name.safeParse(decodeURIComponentSafely((await params).name));
  if (!name.success) notFound();
  const { tier, rateLimits } = await getTierWithRateLimits(name.data, readPageRequest(await searchParams));
  return (
    <>
      <p>
        <Link href="/dashboard/admin/tiers">All tiers</Link>
      </p>
      <h1>Rate limits of “{tier.name}”</h1>
      <SectionContent section={rateLimits} what={`The rate limits of “${tier.name}”`}>
        {(rateLimits) => (
          <>
            {rateLimits.items.length > 0 ? (
              <RateLimitList tierName={tier.name} rateLimits={rateLimits.items} />
            ) : (
              <p className="empty">This tier has no rate limits on this page.</p>
            )}
            <PaginationNav
              page={rateLimits}
              basePath={`/dashboard/admin/tiers/${encodeURIComponent(tier.name)}`}
              noun={{ one: "rate limit", many: "rate limits" }}
            />
          </>
        )}
      </SectionContent>
      <h2>Add a rate limit</h2>
      <RateLimitForm
        action={createRateLimitAction.bind(null, tier.name)}
        idPrefix="new-rate-limit"
        submitLabel="Add rate limit"
        successMessage="Rate limit added."
      />
    </>
  );
}

/** Tier names may hold spaces, which arrive percent-encoded; a malformed escape is simply not a tier. */
function decodeURIComponentSafely(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

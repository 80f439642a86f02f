"use client";

import Link from "next/link";

import { deleteTierAction, renameTierAction } from "@/actions/tiers";
import { ConfirmButton } from "@/components/form/confirm-button";
import type { Tier } from "@/lib/api/tiers";

import { TierNameForm } from "./tier-name-form";

interface TierTableProps {
  tiers: Tier[];
}

export function TierTable({ tiers }: TierTableProps) {
  return (
    <ul className="card-list" aria-label="Tiers">
      {tiers.map((tier) => (
        <li key={tier.id} className="card">
          <h2>
            <Link href={`/dashboard/admin/tiers/${encodeURIComponent(tier.name)}`}>{tier.name}</Link>
          </h2>
          <TierNameForm
            action={renameTierAction.bind(null, tier.name)}
            defaultName={tier.name}
            fieldId={`tier-${tier.id}-name`}
            label={`New name for “${tier.name}”`}
            submitLabel="Rename"
            successMessage="Tier renamed."
          />
          <ConfirmButton
            label="Delete tier"
            question={`Delete the tier “${tier.name}”?`}
            consequence="This cannot be undone."
            confirmLabel="Delete tier"
            pendingLabel="Deleting…"
            action={deleteTierAction.bind(null, tier.name)}
          />
        </li>
      ))}
    </ul>
  );
}

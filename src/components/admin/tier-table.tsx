"use client";

import { deleteTierAction, renameTierAction } from "@/actions/tiers";
import { ConfirmButton } from "@/components/form/confirm-button";
import { CardTable } from "@/components/layout/card-table";
import { NavLink } from "@/components/layout/pending-navigation";
import { TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Tier } from "@/lib/api/tiers";

import { TierNameForm } from "./tier-name-form";

interface TierTableProps {
  tiers: Tier[];
}

export function TierTable({ tiers }: TierTableProps) {
  return (
    <CardTable caption="Tiers">
      <TableHeader>
        <TableRow>
          <TableHead className="px-4">Tier</TableHead>
          <TableHead className="px-4">Rename</TableHead>
          <TableHead className="px-4 text-right">Delete</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tiers.map((tier) => (
          <TableRow key={tier.id}>
            <TableCell className="px-4">
              <NavLink
                href={`/dashboard/admin/tiers/${encodeURIComponent(tier.name)}`}
                className="font-medium text-primary underline-offset-4 hover:underline"
              >
                {tier.name}
              </NavLink>
            </TableCell>
            <TableCell className="px-4">
              <TierNameForm
                action={renameTierAction.bind(null, tier.name)}
                defaultName={tier.name}
                fieldId={`tier-${tier.id}-name`}
                label={`New name for “${tier.name}”`}
                submitLabel="Rename"
                successMessage="Tier renamed."
                compact
              />
            </TableCell>
            <TableCell className="px-4 text-right">
              <ConfirmButton
                label="Delete tier"
                question={`Delete the tier “${tier.name}”?`}
                consequence="This cannot be undone."
                confirmLabel="Delete tier"
                pendingLabel="Deleting…"
                action={deleteTierAction.bind(null, tier.name)}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </CardTable>
  );
}

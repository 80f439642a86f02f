"use client";

import { hardDeleteUserAction } from "@/actions/admin-users";
import { ConfirmButton } from "@/components/form/confirm-button";
import { CardTable } from "@/components/layout/card-table";
import { UserAvatar } from "@/components/layout/user-avatar";
import { TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Tier } from "@/lib/api/tiers";
import type { User } from "@/lib/api/users";

import { UserTierForm } from "./user-tier-form";

interface UserAdminTableProps {
  users: User[];
  /** null when the tier list could not be read: the page says so, and no tier can be changed. */
  tiers: Tier[] | null;
  /** The signed-in admin, who deletes their own account from the profile page instead. */
  currentUsername: string;
}

export function UserAdminTable({ users, tiers, currentUsername }: UserAdminTableProps) {
  return (
    <CardTable caption="Users">
      <TableHeader>
        <TableRow>
          <TableHead className="px-4">User</TableHead>
          <TableHead className="px-4">Tier</TableHead>
          <TableHead className="px-4 text-right">Delete</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell className="px-4">
              <span className="flex items-center gap-3">
                <UserAvatar name={user.name} />
                <span className="grid">
                  <span className="font-medium">{user.name}</span>
                  <span className="text-muted-foreground">@{user.username}</span>
                </span>
              </span>
            </TableCell>
            <TableCell className="px-4">
              {tiers === null ? null : (
                <UserTierForm username={user.username} tierId={user.tierId} tiers={tiers} />
              )}
            </TableCell>
            <TableCell className="px-4 text-right">
              {user.username === currentUsername ? (
                <span className="text-muted-foreground">You</span>
              ) : (
                <ConfirmButton
                  label="Delete for good"
                  question={`Delete @${user.username} from the database?`}
                  consequence="Their posts must be gone first. Their username becomes free again."
                  confirmLabel="Delete user"
                  pendingLabel="Deleting…"
                  action={hardDeleteUserAction.bind(null, user.username)}
                />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </CardTable>
  );
}

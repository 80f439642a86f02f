"use client";

import { hardDeleteUserAction } from "@/actions/admin-users";
import { ConfirmButton } from "@/components/form/confirm-button";
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
    <ul className="card-list" aria-label="Users">
      {users.map((user) => (
        <li key={user.id} className="card">
          <h2>
            {user.name} <span className="meta">@{user.username}</span>
          </h2>
          {tiers === null ? null : (
            <UserTierForm username={user.username} tierId={user.tierId} tiers={tiers} />
          )}
          {user.username === currentUsername ? null : (
            <ConfirmButton
              label="Delete for good"
              question={`Delete @${user.username} from the database?`}
              consequence="Their posts must be gone first. Their username becomes free again."
              confirmLabel="Delete user"
              pendingLabel="Deleting…"
              action={hardDeleteUserAction.bind(null, user.username)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

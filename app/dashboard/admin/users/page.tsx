import type { Metadata } from "next";

import { UserAdminTable } from "@/components/admin/user-admin-table";
import { PaginationNav } from "@/components/layout/pagination-nav";
import { SectionContent, SectionUnavailable } from "@/components/layout/section-unavailable";
import { getUsersWithTiers } from "@/data/admin/users";
import { requireConfirmedSuperuser } from "@/data/current-user";
import { readPageRequest } from "@/lib/validations/pagination";

export const metadata: Metadata = { title: "Manage users" };

export default async function AdminUsersPage({ searchParams }: PageProps<"/dashboard/admin/users">) {
  const session = await requireConfirmedSuperuser();
  const { users, tiers } = await getUsersWithTiers(readPageRequest(await searchParams));
  return (
    <>
      <h1>Manage users</h1>
      {tiers.status === "ok" ? null : <SectionUnavailable what="The tier list" />}
      <SectionContent section={users} what="The user list">
        {(users) => (
          <>
            {users.items.length > 0 ? (
              <UserAdminTable
                users={users.items}
                tiers={tiers.status === "ok" ? tiers.value : null}
                currentUsername={session.username}
              />
            ) : (
              <p className="empty">There are no users on this page.</p>
            )}
            <PaginationNav
              page={users}
              basePath="/dashboard/admin/users"
              noun={{ one: "user", many: "users" }}
            />
          </>
        )}
      </SectionContent>
    </>
  );
}

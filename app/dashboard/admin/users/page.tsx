import { UsersRound } from "lucide-react";
import type { Metadata } from "next";

import { UserAdminTable } from "@/components/admin/user-admin-table";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { PaginationNav } from "@/components/layout/pagination-nav";
import { SectionContent, SectionUnavailable } from "@/components/layout/section-unavailable";
import { getUsersWithTiers } from "@/data/admin/users";
import { viewerForPage } from "@/data/request";
import { readPageRequest } from "@/lib/validations/pagination";

export const metadata: Metadata = { title: "Manage users" };

export default async function AdminUsersPage({ searchParams }: PageProps<"/dashboard/admin/users">) {
  const viewer = await viewerForPage({ role: "superuser" });
  const { users, tiers } = await getUsersWithTiers(readPageRequest(await searchParams));
  return (
    <>
      <PageHeader
        title="Manage users"
        description="Change a user's tier, or delete their account for good."
      />
      {tiers.status === "ok" ? null : <SectionUnavailable what="The tier list" />}
      <SectionContent section={users} what="The user list">
        {(users) => (
          <>
            {users.items.length > 0 ? (
              <UserAdminTable
                users={users.items}
                tiers={tiers.status === "ok" ? tiers.value : null}
                currentUsername={viewer.username}
              />
            ) : (
              <EmptyState icon={UsersRound} title="There are no users on this page." />
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

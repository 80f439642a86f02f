import { Users } from "lucide-react";
import type { Metadata } from "next";

import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { PaginationNav } from "@/components/layout/pagination-nav";
import { SectionContent } from "@/components/layout/section-unavailable";
import { UserTable } from "@/components/users/user-table";
import { getUserDirectory } from "@/data/users";
import { readPageRequest } from "@/lib/validations/pagination";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: PageProps<"/dashboard/users">) {
  const users = await getUserDirectory(readPageRequest(await searchParams));
  return (
    <>
      <PageHeader title="Users" description="Everyone with an account. Open a profile to read their posts." />
      <SectionContent section={users} what="The user directory">
        {(users) => (
          <>
            {users.items.length > 0 ? (
              <UserTable users={users.items} />
            ) : (
              <EmptyState icon={Users} title="There are no users on this page." />
            )}
            <PaginationNav page={users} basePath="/dashboard/users" noun={{ one: "user", many: "users" }} />
          </>
        )}
      </SectionContent>
    </>
  );
}

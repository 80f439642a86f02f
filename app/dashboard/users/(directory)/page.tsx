import type { Metadata } from "next";

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
      <h1>Users</h1>
      <SectionContent section={users} what="The user directory">
        {(users) => (
          <>
            {users.items.length > 0 ? (
              <UserTable users={users.items} />
            ) : (
              <p className="empty">There are no users on this page.</p>
            )}
            <PaginationNav page={users} basePath="/dashboard/users" noun={{ one: "user", many: "users" }} />
          </>
        )}
      </SectionContent>
    </>
  );
}

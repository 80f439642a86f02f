import { CardTable } from "@/components/layout/card-table";
import { NavLink } from "@/components/layout/pending-navigation";
import { UserAvatar } from "@/components/layout/user-avatar";
import { TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { User } from "@/lib/api/users";

interface UserTableProps {
  users: User[];
}

/**
 * The directory. FastAPI's list is public and includes e-mail addresses; the app shows names only, so that a
 * signed-in user does not harvest everyone's address from here.
 */
export function UserTable({ users }: UserTableProps) {
  return (
    <CardTable caption="Users">
      <TableHeader>
        <TableRow>
          <TableHead className="px-4">Name</TableHead>
          <TableHead className="px-4">Username</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell className="px-4">
              <span className="flex items-center gap-3 font-medium">
                <UserAvatar name={user.name} />
                {user.name}
              </span>
            </TableCell>
            <TableCell className="px-4">
              <NavLink
                href={`/dashboard/users/${encodeURIComponent(user.username)}`}
                className="font-medium text-primary underline-offset-4 hover:underline"
              >
                @{user.username}
              </NavLink>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </CardTable>
  );
}

import Link from "next/link";

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
    <table className="table">
      <caption className="visually-hidden">Users</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Username</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <td>{user.name}</td>
            <td>
              <Link href={`/dashboard/users/${encodeURIComponent(user.username)}`}>@{user.username}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import Link from "next/link";

interface DashboardNavProps {
  /** Superusers see the admin area; everyone else never sees a link to it. */
  showAdmin: boolean;
}

export function DashboardNav({ showAdmin }: DashboardNavProps) {
  return (
    <nav className="dashboard-nav" aria-label="Dashboard">
      <Link href="/dashboard">Overview</Link>
      <Link href="/dashboard/profile">Profile</Link>
      <Link href="/dashboard/posts">Posts</Link>
      <Link href="/dashboard/users">Users</Link>
      {showAdmin ? <Link href="/dashboard/admin">Admin</Link> : null}
    </nav>
  );
}

import type { Metadata } from "next";
import Link from "next/link";

import { requireConfirmedSuperuser } from "@/data/current-user";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireConfirmedSuperuser();
  return (
    <>
      <h1>Admin</h1>
      <ul>
        <li>
          <Link href="/dashboard/admin/tiers">Tiers and rate limits</Link>
        </li>
        <li>
          <Link href="/dashboard/admin/users">Users: tiers and deletion</Link>
        </li>
      </ul>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";

import { requireSuperuser } from "@/data/session";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireSuperuser();
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

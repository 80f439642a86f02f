import type { ReactNode } from "react";

import { requireConfirmedSuperuser } from "@/data/current-user";

/** The admin area: a 403 page for anyone but a superuser. Each admin page and action checks again itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireConfirmedSuperuser();
  return children;
}

import type { ReactNode } from "react";

import { requireSuperuser } from "@/data/session";

/** The admin area: a 403 page for anyone but a superuser. Each admin page and action checks again itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireSuperuser();
  return children;
}

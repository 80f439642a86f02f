import type { ReactNode } from "react";

import { viewerForPage } from "@/data/request";

/** The admin area: a 403 page for anyone but a superuser. Each admin page and action checks again itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await viewerForPage({ role: "superuser" });
  return children;
}

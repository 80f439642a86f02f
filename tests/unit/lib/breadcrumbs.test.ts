import { describe, expect, it } from "vitest";

import { dashboardBreadcrumbs } from "@/lib/breadcrumbs";

describe("dashboardBreadcrumbs", () => {
  it("names the overview, and links every ancestor but not the current page", () => {
    expect(dashboardBreadcrumbs("/dashboard")).toEqual([{ label: "Overview" }]);
    expect(dashboardBreadcrumbs("/dashboard/posts/new")).toEqual([
      { label: "Dashboard", href: "/dashboard" },
      { label: "Posts", href: "/dashboard/posts" },
      { label: "New post" },
    ]);
  });

  it("skips a post's bare id, which is not a page", () => {
    expect(dashboardBreadcrumbs("/dashboard/posts/12/edit")).toEqual([
      { label: "Dashboard", href: "/dashboard" },
      { label: "Posts", href: "/dashboard/posts" },
      { label: "Edit" },
    ]);
  });

  it("shows users by handle and tiers by their decoded name", () => {
    expect(dashboardBreadcrumbs("/dashboard/users/alice").at(-1)).toEqual({ label: "@alice" });
    expect(dashboardBreadcrumbs("/dashboard/admin/users")).toEqual([
      { label: "Dashboard", href: "/dashboard" },
      { label: "Admin", href: "/dashboard/admin" },
      { label: "Users" },
    ]);
    expect(dashboardBreadcrumbs("/dashboard/admin/tiers/gold%20plus")).toEqual([
      { label: "Dashboard", href: "/dashboard" },
      { label: "Admin", href: "/dashboard/admin" },
      { label: "Tiers", href: "/dashboard/admin/tiers" },
      { label: "gold plus" },
    ]);
  });

  it("keeps a malformed escape as typed rather than failing", () => {
    expect(dashboardBreadcrumbs("/dashboard/admin/tiers/%E0").at(-1)).toEqual({ label: "%E0" });
  });
});

import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { DASHBOARD_PAGES, navigationFor, pageAt } from "@/lib/routes";

const DASHBOARD_DIR = fileURLToPath(new URL("../../../app/dashboard", import.meta.url));

/** Each page.tsx under app/dashboard as the path its folders spell, route groups left out. */
function pagesOnDisk(): string[] {
  return readdirSync(DASHBOARD_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)page\.tsx$/.test(file))
    .map((file) =>
      ["", "dashboard", ...file.split("/").slice(0, -1)]
        .filter((segment) => !/^\(.*\)$/.test(segment))
        .join("/"),
    );
}

describe("DASHBOARD_PAGES", () => {
  it("lists every page under app/dashboard, and nothing else", () => {
    expect(DASHBOARD_PAGES.map((page) => page.path).sort()).toEqual(pagesOnDisk().sort());
  });
});

describe("pageAt", () => {
  it("finds a page by its URL, a dynamic segment standing for any value", () => {
    expect(pageAt("/dashboard/posts")?.path).toBe("/dashboard/posts");
    expect(pageAt("/dashboard/users/alice")?.path).toBe("/dashboard/users/[username]");
    expect(pageAt("/dashboard/admin/tiers/gold%20plus")?.path).toBe("/dashboard/admin/tiers/[name]");
    expect(pageAt("/dashboard/posts/7/edit")?.path).toBe("/dashboard/posts/[id]/edit");
  });

  it("finds nothing where no page is: a post's bare id, a path too deep, another part of the site", () => {
    expect(pageAt("/dashboard/posts/7")).toBeUndefined();
    expect(pageAt("/dashboard/users/alice/posts")).toBeUndefined();
    expect(pageAt("/login")).toBeUndefined();
  });

  it("prefers a literal segment to a dynamic one, as the router does, whatever the list's order", () => {
    const generated = [
      { path: "/dashboard/notes/[id]", label: "Note", access: "signed-in" },
      { path: "/dashboard/notes/new", label: "New note", access: "signed-in" },
    ] as const;
    expect(pageAt("/dashboard/notes/new", generated)?.path).toBe("/dashboard/notes/new");
    expect(pageAt("/dashboard/notes/12", generated)?.path).toBe("/dashboard/notes/[id]");
  });
});

describe("navigationFor", () => {
  it("gives everyone's entries in order, then the admin area, to a superuser only", () => {
    const titles = (isSuperuser: boolean) => navigationFor(isSuperuser).map((item) => item.title);
    const everyone = titles(false);
    // A generated resource adds its entry after these (the generator's check runs this test on its output).
    expect(everyone.slice(0, 4)).toEqual(["Overview", "Profile", "Posts", "Users"]);
    expect(everyone).not.toContain("Admin");
    expect(titles(true).slice(0, everyone.length + 1)).toEqual([...everyone, "Admin"]);
    expect(navigationFor(true).find((item) => item.title === "Admin")?.href).toBe("/dashboard/admin");
  });
});

// The suites' page lists come from the route files: a new dashboard page is attacked and checked unlisted.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { PROTECTED_PATHS } from "../support/protected-paths";
import { routesUnder } from "../support/route-tree";

let appDir: string | undefined;

function appWith(pages: string[]): string {
  appDir = mkdtempSync(join(tmpdir(), "route-tree-"));
  for (const page of pages) {
    mkdirSync(dirname(join(appDir, page)), { recursive: true });
    writeFileSync(join(appDir, page), "export default function Page() { return null; }\n");
  }
  return appDir;
}

afterEach(() => {
  if (appDir) rmSync(appDir, { recursive: true, force: true });
  appDir = undefined;
});

describe("routesUnder", () => {
  it("gives each page's URL: groups and slots add nothing, private folders hold no page", () => {
    const app = appWith([
      "dashboard/(overview)/page.tsx",
      "dashboard/tasks/(list)/page.tsx",
      "dashboard/tasks/new/page.tsx",
      "dashboard/tasks/[id]/page.tsx",
      "dashboard/tasks/[id]/edit/page.tsx",
      "dashboard/tasks/[id]/loading.tsx",
      "dashboard/docs/[...slug]/page.tsx",
      "dashboard/@modal/help/page.tsx",
      "dashboard/_parts/page.tsx",
      "login/page.tsx",
    ]);

    expect(routesUnder(app, "dashboard", { id: ["7"], slug: ["a b"] }, "samples.ts").sort()).toEqual([
      "/dashboard",
      "/dashboard/docs/a%20b",
      "/dashboard/help",
      "/dashboard/tasks",
      "/dashboard/tasks/7",
      "/dashboard/tasks/7/edit",
      "/dashboard/tasks/new",
    ]);
  });

  it("visits a dynamic page once per sample value", () => {
    const app = appWith(["dashboard/users/[username]/page.tsx"]);
    expect(routesUnder(app, "dashboard", { username: ["demo", "admin"] }, "samples.ts")).toEqual([
      "/dashboard/users/demo",
      "/dashboard/users/admin",
    ]);
  });

  it("fails loudly, naming the page and the file to edit, when a dynamic segment has no sample value", () => {
    const app = appWith(["dashboard/tasks/[taskId]/page.tsx"]);
    expect(() =>
      routesUnder(app, "dashboard", { id: ["1"] }, "tests/security/support/protected-paths.ts"),
    ).toThrow(
      /dashboard\/tasks\/\[taskId\]\/page\.tsx has the dynamic segment \[taskId\].*add "taskId".*tests\/security\/support\/protected-paths\.ts/,
    );
  });
});

describe("PROTECTED_PATHS", () => {
  it("covers at least every page the hand-written list covered, with the admin pages marked", () => {
    const paths = PROTECTED_PATHS.map((entry) => entry.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/dashboard",
        "/dashboard/profile",
        "/dashboard/users",
        "/dashboard/users/demo",
        "/dashboard/users/admin",
        "/dashboard/posts",
        "/dashboard/posts/new",
        "/dashboard/posts/1/edit",
      ]),
    );
    expect(PROTECTED_PATHS.filter((entry) => entry.superuserOnly).map((entry) => entry.path)).toEqual(
      expect.arrayContaining([
        "/dashboard/admin",
        "/dashboard/admin/users",
        "/dashboard/admin/tiers",
        "/dashboard/admin/tiers/free",
      ]),
    );
    expect(
      PROTECTED_PATHS.filter((entry) => !entry.path.startsWith("/dashboard/admin")).some(
        (e) => e.superuserOnly,
      ),
    ).toBe(false);
  });
});

import { describe, expect, it } from "vitest";

import { isAuthPagePath, isProtectedPath } from "@/lib/auth/route-rules";

describe("isProtectedPath", () => {
  it.each([
    "/dashboard",
    "/dashboard/",
    "/dashboard/users/x",
    "/Dashboard",
    "/DASHBOARD/x",
    "/%64ashboard",
    "//dashboard",
    "/dashboard%2Fx",
  ])("guards %s", (path) => expect(isProtectedPath(path)).toBe(true));

  it.each(["/", "/login", "/register", "/dashboards", "/dashboard-public", "/%zz"])(
    "leaves %s open",
    (path) => expect(isProtectedPath(path)).toBe(false),
  );
});

describe("isAuthPagePath", () => {
  it.each(["/login", "/login/", "/register", "/Login"])("recognises %s", (path) =>
    expect(isAuthPagePath(path)).toBe(true),
  );

  it.each(["/", "/dashboard", "/login/extra"])("ignores %s", (path) =>
    expect(isAuthPagePath(path)).toBe(false),
  );
});

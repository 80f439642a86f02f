import { describe, expect, it } from "vitest";

import { isAdministrator, readRoles } from "@/lib/auth/role-mapping";

const KEYCLOAK = { roleClaims: ["realm_access.roles", "roles"], adminRole: "admin" };

describe("role mapping", () => {
  it("reads Keycloak's realm_access.roles", () => {
    expect(readRoles([{ realm_access: { roles: ["admin", "user"] } }], KEYCLOAK.roleClaims)).toEqual([
      "admin",
      "user",
    ]);
  });

  it("reads a top-level roles claim, as a list or a single string", () => {
    expect(readRoles([{ roles: ["editor"] }], ["roles"])).toEqual(["editor"]);
    expect(readRoles([{ roles: "admin" }], ["roles"])).toEqual(["admin"]);
  });

  it("joins the roles of several token sets without duplicates", () => {
    const idToken = { roles: ["user"] };
    const accessToken = { realm_access: { roles: ["admin", "user"] } };
    expect(readRoles([idToken, accessToken], KEYCLOAK.roleClaims).sort()).toEqual(["admin", "user"]);
  });

  it("ignores what is not a role: numbers, objects, empty strings, inherited properties", () => {
    expect(readRoles([{ roles: [1, { name: "admin" }, "", null] }], ["roles"])).toEqual([]);
    expect(readRoles([{}], ["constructor.name"])).toEqual([]);
    expect(readRoles([{ realm_access: "admin" }], ["realm_access.roles"])).toEqual([]);
  });

  it("maps the configured admin role to the admin area, and nothing else", () => {
    expect(isAdministrator([{ realm_access: { roles: ["admin"] } }], KEYCLOAK)).toBe(true);
    expect(isAdministrator([{ realm_access: { roles: ["user", "Admin"] } }], KEYCLOAK)).toBe(false);
    expect(isAdministrator([{ groups: ["admin"] }], KEYCLOAK)).toBe(false);
    expect(
      isAdministrator([{ roles: ["superuser"] }], { roleClaims: ["roles"], adminRole: "superuser" }),
    ).toBe(true);
  });

  it("only reads the configured claims", () => {
    expect(
      isAdministrator([{ roles: ["admin"] }], { roleClaims: ["realm_access.roles"], adminRole: "admin" }),
    ).toBe(false);
  });
});

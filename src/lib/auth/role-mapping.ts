// Maps an identity provider's role claims (`roles`, Keycloak's `realm_access.roles`, …) to the app's roles.

export interface RoleMapping {
  /** Dotted claim paths to read roles from, e.g. `realm_access.roles`. */
  roleClaims: readonly string[];
  /** The provider role that makes a user an administrator of this app. */
  adminRole: string;
}

function readPath(claims: Record<string, unknown>, path: string): unknown {
  let value: unknown = claims;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Every role found under the configured paths in any of the claim sets. A claim may be a list or a single string
 * (some providers send one role as a plain string); anything else is ignored rather than trusted.
 */
export function readRoles(
  claimSets: readonly Record<string, unknown>[],
  roleClaims: readonly string[],
): string[] {
  const roles = new Set<string>();
  for (const claims of claimSets) {
    for (const path of roleClaims) {
      const value = readPath(claims, path);
      const candidates = Array.isArray(value) ? value : [value];
      for (const role of candidates) if (typeof role === "string" && role) roles.add(role);
    }
  }
  return [...roles];
}

/** Whether the claims make the user an administrator (the app's superuser). Role names are case-sensitive. */
export const isAdministrator = (claimSets: readonly Record<string, unknown>[], mapping: RoleMapping) =>
  readRoles(claimSets, mapping.roleClaims).includes(mapping.adminRole);

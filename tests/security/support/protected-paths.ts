// The one list of protected URLs the security suite attacks. Add every new page under /dashboard here: a page
// that does not exist yet answers 404 behind the auth check, and every assertion holds either way.

export interface ProtectedPath {
  path: string;
  /** Only a superuser may see it: an ordinary user gets a 403 or 404 page, without the admin's data. */
  superuserOnly?: true;
}

export const PROTECTED_PATHS: readonly ProtectedPath[] = [
  { path: "/dashboard" },
  { path: "/dashboard/profile" },
  { path: "/dashboard/users" },
  { path: "/dashboard/users/demo" },
  { path: "/dashboard/users/admin" },
  { path: "/dashboard/posts" },
  { path: "/dashboard/posts/new" },
  { path: "/dashboard/posts/1" },
  { path: "/dashboard/admin", superuserOnly: true },
  { path: "/dashboard/admin/users", superuserOnly: true },
  { path: "/dashboard/admin/tiers", superuserOnly: true },
];

// The one list of protected URLs the security suite attacks. Add every new page under /dashboard here.

export interface ProtectedPath {
  path: string;
  /** Only a superuser may see it: an ordinary user gets the 403 page, without the admin's data. */
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
  { path: "/dashboard/posts/1/edit" },
  { path: "/dashboard/admin", superuserOnly: true },
  { path: "/dashboard/admin/users", superuserOnly: true },
  { path: "/dashboard/admin/tiers", superuserOnly: true },
  { path: "/dashboard/admin/tiers/free", superuserOnly: true },
];

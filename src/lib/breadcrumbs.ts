// The trail of links shown above every dashboard page, derived from its path alone.
import { decodedPathSegment } from "./safe-url";

export interface Crumb {
  label: string;
  /** Absent on the current page, and on segments that are not pages of their own (a post's bare id). */
  href?: string;
}

/** A segment as typed: decoded, or left as it came when its escape is malformed. */
const readable = (segment: string) => decodedPathSegment(segment) ?? segment;

/** A segment's label; "parent/segment" keys win over bare ones. */
const LABELS: Record<string, string> = {
  profile: "Profile",
  posts: "Posts",
  new: "New",
  "posts/new": "New post",
  edit: "Edit",
  users: "Users",
  admin: "Admin",
  tiers: "Tiers",
};

/** /dashboard/users/alice → Dashboard › Users › @alice. Only /dashboard itself is "Overview". */
export function dashboardBreadcrumbs(pathname: string): Crumb[] {
  const segments = pathname.split("/").filter(Boolean).slice(1);
  if (segments.length === 0) return [{ label: "Overview" }];
  const crumbs: Crumb[] = [{ label: "Dashboard", href: "/dashboard" }];
  segments.forEach((segment, index) => {
    const parent = segments[index - 1];
    const href = `/dashboard/${segments.slice(0, index + 1).join("/")}`;
    // /dashboard/posts/12 is no page: the trail goes from Posts straight to Edit.
    if (parent === "posts" && /^\d+$/.test(segment)) return;
    const label =
      parent === "users" && index === 1
        ? `@${readable(segment)}`
        : (LABELS[`${parent}/${segment}`] ?? LABELS[segment] ?? readable(segment));
    crumbs.push({ label, href });
  });
  const current = crumbs.at(-1);
  if (current) delete current.href;
  return crumbs;
}

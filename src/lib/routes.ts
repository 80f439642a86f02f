// The dashboard's pages in one list: the navigation, breadcrumbs, skeletons, notices and the security suite read it.
import { FileText, LayoutDashboard, ShieldCheck, UserRound, Users, type LucideIcon } from "lucide-react";

/** The loading skeletons of src/components/layout/page-skeletons.tsx, by the shape of page they stand in for. */
export type SkeletonName = "overview" | "post-list" | "table";

export interface DashboardPage {
  /** The page's path as its folder under app/ spells it: `[name]` stands for any one segment. */
  path: string;
  /** Its breadcrumb, and its navigation entry's title; a dynamic page's label is made from the segment's value. */
  label: string | ((segment: string) => string);
  /** Who may open it. The page's own data-layer call enforces this; the security suite checks that it does. */
  access: "signed-in" | "superuser";
  /** Listed in the sidebar with this icon; superusers' entries come last and only superusers see them. */
  icon?: LucideIcon;
  /** Shown while a client navigation to the page waits for it; pages that are mostly a form have none. */
  skeleton?: SkeletonName;
  /** Success messages the page shows after an action redirects to it (`?done=<key>`, src/lib/notices.ts). */
  notices?: Record<string, string>;
}

export const DASHBOARD_PAGES = [
  { path: "/dashboard", label: "Overview", access: "signed-in", icon: LayoutDashboard, skeleton: "overview" },
  {
    path: "/dashboard/profile",
    label: "Profile",
    access: "signed-in",
    icon: UserRound,
    notices: {
      "profile-updated": "Your profile is saved.",
      "username-changed": "Your username is changed and you are signed in with it.",
    },
  },
  {
    path: "/dashboard/posts",
    label: "Posts",
    access: "signed-in",
    icon: FileText,
    skeleton: "post-list",
    notices: {
      "post-created": "Your post is published.",
      "post-updated": "Your post is saved.",
      "post-deleted": "The post is deleted.",
    },
  },
  { path: "/dashboard/posts/new", label: "New post", access: "signed-in" },
  { path: "/dashboard/posts/[id]/edit", label: "Edit", access: "signed-in" },
  { path: "/dashboard/users", label: "Users", access: "signed-in", icon: Users, skeleton: "table" },
  {
    path: "/dashboard/users/[username]",
    label: (username) => `@${username}`,
    access: "signed-in",
    skeleton: "post-list",
  },
  { path: "/dashboard/admin", label: "Admin", access: "superuser", icon: ShieldCheck },
  { path: "/dashboard/admin/users", label: "Users", access: "superuser", skeleton: "table" },
  { path: "/dashboard/admin/tiers", label: "Tiers", access: "superuser", skeleton: "table" },
  { path: "/dashboard/admin/tiers/[name]", label: (name) => name, access: "superuser", skeleton: "table" },
] as const satisfies readonly DashboardPage[];

type PageNotices<Page> = Page extends { notices: infer Notices } ? keyof Notices : never;
/** Every `?done=` key some page shows. */
export type NoticeKey = PageNotices<(typeof DASHBOARD_PAGES)[number]>;

const segmentsOf = (path: string) => path.split("/").filter(Boolean);
const isDynamic = (segment: string) => segment.startsWith("[") && segment.endsWith("]");

function matches(page: DashboardPage, segments: string[]): boolean {
  const pattern = segmentsOf(page.path);
  return (
    pattern.length === segments.length &&
    pattern.every((part, index) => isDynamic(part) || part === segments[index])
  );
}

const dynamicSegments = (page: DashboardPage) => segmentsOf(page.path).filter(isDynamic).length;

/**
 * The page at a URL path (its segments still percent-encoded, as in the URL), or undefined. A literal segment
 * wins over a dynamic one, as Next's router decides: `/dashboard/notes/new` is the new page, not item "new".
 */
export function pageAt(
  pathname: string,
  pages: readonly DashboardPage[] = DASHBOARD_PAGES,
): DashboardPage | undefined {
  const segments = segmentsOf(pathname);
  const candidates = pages.filter((page) => matches(page, segments));
  return candidates.sort((a, b) => dynamicSegments(a) - dynamicSegments(b))[0];
}

/** The sidebar's entries: everyone's first, then the superusers' when the viewer is one. */
export function navigationFor(isSuperuser: boolean): { title: string; href: string; icon: LucideIcon }[] {
  const listed: DashboardPage[] = DASHBOARD_PAGES.filter((page) => "icon" in page);
  const visible = [
    ...listed.filter((page) => page.access === "signed-in"),
    ...(isSuperuser ? listed.filter((page) => page.access === "superuser") : []),
  ];
  return visible.flatMap(({ path, label, icon }) =>
    icon && typeof label === "string" ? [{ title: label, href: path, icon }] : [],
  );
}

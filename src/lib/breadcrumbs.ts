// The trail of links shown above every dashboard page, derived from its path and the page list (src/lib/routes.ts).
import { pageAt } from "./routes";
import { decodedPathSegment } from "./safe-url";

export interface Crumb {
  label: string;
  /** Absent on the current page, and on segments that are not pages of their own (a post's bare id). */
  href?: string;
}

/** A segment as typed: decoded, or left as it came when its escape is malformed. */
const readable = (segment: string) => decodedPathSegment(segment) ?? segment;

/** /dashboard/users/alice → Dashboard › Users › @alice. Only /dashboard itself is "Overview". */
export function dashboardBreadcrumbs(pathname: string): Crumb[] {
  const segments = pathname.split("/").filter(Boolean).slice(1);
  if (segments.length === 0) return [{ label: "Overview" }];
  const crumbs: Crumb[] = [{ label: "Dashboard", href: "/dashboard" }];
  segments.forEach((segment, index) => {
    const href = `/dashboard/${segments.slice(0, index + 1).join("/")}`;
    const page = pageAt(href);
    const isCurrent = index === segments.length - 1;
    // /dashboard/posts/12 is no page: the trail goes from Posts straight to Edit. An unknown current path (the
    // not-found page) still names where the reader is.
    if (!page && !isCurrent) return;
    const label = !page
      ? readable(segment)
      : typeof page.label === "string"
        ? page.label
        : page.label(readable(segment));
    crumbs.push({ label, href });
  });
  const current = crumbs.at(-1);
  if (current) delete current.href;
  return crumbs;
}

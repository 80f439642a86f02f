// Success messages shown after an action redirects, keyed by the `done` URL parameter (safe for client code).
import { DASHBOARD_PAGES, type NoticeKey } from "./routes";

/** Every page's notices in one table: a key names one message wherever it is shown. */
const NOTICES: Record<string, string> = Object.fromEntries(
  DASHBOARD_PAGES.flatMap((page) => ("notices" in page ? Object.entries(page.notices) : [])),
);

/** The URL parameter that names the notice a page shows (`?done=post-created`). */
const NOTICE_PARAM = "done";

/** Only the path, query and hash of the result are used: the base merely lets URL parse a bare path. */
const PATH_BASE = "http://path.invalid";

/**
 * `path` with the notice added to its query: `/dashboard/posts?page=2` becomes
 * `/dashboard/posts?page=2&done=post-created`. An existing notice is replaced and a `#hash` is kept.
 */
export function withNotice(path: string, key: NoticeKey): string {
  const url = new URL(path, PATH_BASE);
  url.searchParams.set(NOTICE_PARAM, key);
  return `${url.pathname}${url.search}${url.hash}`;
}

export const noticeFor = (done: unknown): string | undefined =>
  typeof done === "string" && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;

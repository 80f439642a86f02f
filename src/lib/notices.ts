// Success messages shown after an action redirects, keyed by the `done` URL parameter (safe for client code).

const NOTICES = {
  "post-created": "Your post is published.",
  "post-updated": "Your post is saved.",
  "post-deleted": "The post is deleted.",
  "profile-updated": "Your profile is saved.",
  "username-changed": "Your username is changed and you are signed in with it.",
} as const;

export type NoticeKey = keyof typeof NOTICES;

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
  typeof done === "string" && Object.hasOwn(NOTICES, done) ? NOTICES[done as NoticeKey] : undefined;

// Success messages shown after an action redirects, keyed by the `done` URL parameter (safe for client code).

export const NOTICES = {
  "post-created": "Your post is published.",
  "post-updated": "Your post is saved.",
  "post-deleted": "The post is deleted.",
  "profile-updated": "Your profile is saved.",
  "username-changed": "Your username is changed and you are signed in with it.",
} as const;

export type NoticeKey = keyof typeof NOTICES;

export const withNotice = (path: string, key: NoticeKey) => `${path}?done=${key}`;

export const noticeFor = (done: unknown): string | undefined =>
  typeof done === "string" && Object.hasOwn(NOTICES, done) ? NOTICES[done as NoticeKey] : undefined;

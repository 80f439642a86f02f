// Why the app sent someone back to the login page: one list for the redirects, the proxy and the page's notice.

const LOGIN_NOTICES = {
  "session-expired": "Your session has ended. Please sign in again.",
  "signed-out": "You are signed out.",
  "signed-out-locally":
    "You are signed out on this device, but the server could not confirm it. Your old session ends when it expires.",
  "username-changed": "Your username is changed. Please sign in with the new one.",
  "account-deleted": "Your account is deleted. Goodbye.",
  "sign-in-refused":
    "The sign-in was refused: the answer from the identity provider was invalid, expired or already used. Please start again.",
  "sign-in-unavailable":
    "Signing in with the identity provider is unavailable right now. Please try again in a moment.",
} as const;

export type LoginReason = keyof typeof LOGIN_NOTICES;

export const loginPathFor = (reason: LoginReason) => `/login?reason=${reason}`;

export const loginNotice = (reason: unknown): string | undefined =>
  typeof reason === "string" && Object.hasOwn(LOGIN_NOTICES, reason)
    ? LOGIN_NOTICES[reason as LoginReason]
    : undefined;

/** The reasons that mean this browser's session is over, which the sign-in page tells the other tabs. */
const SESSION_ENDED_REASONS = new Set<string>([
  "session-expired",
  "signed-out",
  "signed-out-locally",
  "username-changed",
  "account-deleted",
] satisfies LoginReason[]);

export const sessionEnded = (reason: unknown): boolean =>
  typeof reason === "string" && SESSION_ENDED_REASONS.has(reason);

// The cookie that remembers whether the dashboard sidebar is expanded, shared by the client sidebar (which
// writes it) and the server layout (which reads it, so the first paint already has the right width).
export const SIDEBAR_COOKIE_NAME = "sidebar_state";

/** Expanded unless the user collapsed it: the cookie holds "true" or "false". */
export const isSidebarOpen = (cookieValue: string | undefined): boolean => cookieValue !== "false";

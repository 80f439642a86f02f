// Server-only data access for the user directory and public profiles.
import "server-only";

import type { PageRequest } from "@/lib/api/pagination";
import { listUsers, readUser } from "@/lib/api/users";

import { readForPage } from "./page-read";
import { requireConfirmedSession } from "./current-user";
import { readSection } from "./section";

/** A section of its page: the heading and navigation render without it. */
export async function getUserDirectory(request: PageRequest) {
  await requireConfirmedSession();
  return readSection(() => listUsers(request));
}

/** A public profile; an unknown or deleted username renders the 404 page. */
export async function getUserProfile(username: string) {
  await requireConfirmedSession();
  return readForPage(() => readUser(username));
}

// Server-only data access for the user directory and public profiles.
import "server-only";

import type { PageRequest } from "@/lib/api/pagination";
import { listUsers, readUser } from "@/lib/api/users";

import { forPage, forSection } from "./request";

/** A section of its page: the heading and navigation render without it. */
export const getUserDirectory = (request: PageRequest) => forSection(() => listUsers(request));

/** A public profile; an unknown or deleted username renders the 404 page. */
export const getUserProfile = (username: string) => forPage(() => readUser(username));

// Server-only FastAPI user endpoints, reshaped from FastAPI's UserRead into the app's User.
import "server-only";

import { bearer, fastapi, send } from "./client";
import { pageQuery, toPage, type Page, type PageRequest } from "./pagination";
import type { components } from "./schema";

type UserRead = components["schemas"]["UserRead"];

export interface User {
  id: number;
  name: string;
  username: string;
  email: string;
  imageUrl: string;
  tierId: number | null;
}

const toUser = (user: UserRead): User => ({
  id: user.id,
  name: user.name,
  username: user.username,
  email: user.email,
  imageUrl: user.profile_image_url,
  tierId: user.tier_id,
});

/** The token's own user. Note the trailing slash: without it FastAPI looks for a user named "me". */
export async function readCurrentUser(accessToken: string): Promise<User> {
  const { data } = await send(fastapi.GET("/api/v1/user/me/", { headers: bearer(accessToken) }));
  return toUser(data);
}

export interface NewUser {
  name: string;
  username: string;
  email: string;
  password: string;
}

/** Public sign-up. Duplicates come back as 422 strings, which the caller maps onto fields. */
export async function createUser(user: NewUser): Promise<User> {
  const { data } = await send(fastapi.POST("/api/v1/user", { body: user }));
  return toUser(data);
}

/** Public directory of active users (FastAPI lists everyone's e-mail to anyone). */
export async function listUsers(request: PageRequest): Promise<Page<User>> {
  const { data } = await send(fastapi.GET("/api/v1/users", { params: { query: pageQuery(request) } }));
  return toPage(data, request, toUser);
}

/** Public profile; a soft-deleted or unknown username is a 404. */
export async function readUser(username: string): Promise<User> {
  const { data } = await send(fastapi.GET("/api/v1/user/{username}", { params: { path: { username } } }));
  return toUser(data);
}

export interface ProfileChanges {
  name?: string;
  username?: string;
  email?: string;
  imageUrl?: string;
}

/** Owner-only. A new username makes every token of the user unusable: the caller must sign in again. */
export async function updateUser(
  accessToken: string,
  username: string,
  changes: ProfileChanges,
): Promise<void> {
  await send(
    fastapi.PATCH("/api/v1/user/{username}", {
      params: { path: { username } },
      body: {
        name: changes.name,
        username: changes.username,
        email: changes.email,
        profile_image_url: changes.imageUrl,
      },
      headers: bearer(accessToken),
    }),
  );
}

/** Owner-only soft delete; FastAPI also blacklists the access token presented here. */
export async function deleteUser(accessToken: string, username: string): Promise<void> {
  await send(
    fastapi.DELETE("/api/v1/user/{username}", {
      params: { path: { username } },
      headers: bearer(accessToken),
    }),
  );
}

/** Superuser-only hard delete. FastAPI blacklists the calling superuser's own access token as a side effect. */
export async function hardDeleteUser(accessToken: string, username: string): Promise<void> {
  await send(
    fastapi.DELETE("/api/v1/db_user/{username}", {
      params: { path: { username } },
      headers: bearer(accessToken),
    }),
  );
}

/** Superuser-only. */
export async function setUserTier(accessToken: string, username: string, tierId: number): Promise<void> {
  await send(
    fastapi.PATCH("/api/v1/user/{username}/tier", {
      params: { path: { username } },
      body: { tier_id: tierId },
      headers: bearer(accessToken),
    }),
  );
}

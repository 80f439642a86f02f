// Server-only FastAPI user endpoints, reshaped from FastAPI's UserRead into the app's User.
import "server-only";

import { bearer, fastapi, send } from "./client";
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

export const toUser = (user: UserRead): User => ({
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

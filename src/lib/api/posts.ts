// Server-only FastAPI post endpoints, reshaped from PostRead into the app's Post.
import "server-only";

import { bearer, fastapi, send } from "./client";
import { pageQuery, toPage, type Page, type PageRequest } from "./pagination";
import type { components } from "./schema";

type PostRead = components["schemas"]["PostRead"];

export interface Post {
  id: number;
  title: string;
  text: string;
  mediaUrl: string | null;
  authorId: number;
  createdAt: string;
}

export interface PostInput {
  title: string;
  text: string;
  /** null removes the media URL. */
  mediaUrl: string | null;
}

const toPost = (post: PostRead): Post => ({
  id: post.id,
  title: post.title,
  text: post.text,
  mediaUrl: post.media_url ?? null,
  authorId: post.created_by_user_id,
  createdAt: post.created_at,
});

const toPostBody = (input: PostInput) => ({
  title: input.title,
  text: input.text,
  media_url: input.mediaUrl,
});

/** Public list of one author's posts, newest pages as FastAPI orders them. */
export async function listPosts(username: string, request: PageRequest): Promise<Page<Post>> {
  const { data } = await send(
    fastapi.GET("/api/v1/{username}/posts", { params: { path: { username }, query: pageQuery(request) } }),
  );
  return toPage(data, request, toPost);
}

export async function readPost(username: string, id: number): Promise<Post> {
  const { data } = await send(
    fastapi.GET("/api/v1/{username}/post/{id}", { params: { path: { username, id } } }),
  );
  return toPost(data);
}

export async function createPost(accessToken: string, username: string, input: PostInput): Promise<Post> {
  const { data } = await send(
    fastapi.POST("/api/v1/{username}/post", {
      params: { path: { username } },
      body: toPostBody(input),
      headers: bearer(accessToken),
    }),
  );
  return toPost(data);
}

export async function updatePost(
  accessToken: string,
  username: string,
  id: number,
  input: PostInput,
): Promise<void> {
  await send(
    fastapi.PATCH("/api/v1/{username}/post/{id}", {
      params: { path: { username, id } },
      body: toPostBody(input),
      headers: bearer(accessToken),
    }),
  );
}

/**
 * An empty PATCH: changes no field, but FastAPI's cache decorator then deletes the post's cached copy and every
 * cached page of `{username}`'s post list, which creating or deleting a post does not (see src/data/posts.ts).
 */
export async function touchPost(accessToken: string, username: string, id: number): Promise<void> {
  await send(
    fastapi.PATCH("/api/v1/{username}/post/{id}", {
      params: { path: { username, id } },
      body: {},
      headers: bearer(accessToken),
    }),
  );
}

/** Soft delete. FastAPI checks only that the caller owns `{username}`, so callers pass their own post ids. */
export async function deletePost(accessToken: string, username: string, id: number): Promise<void> {
  await send(
    fastapi.DELETE("/api/v1/{username}/post/{id}", {
      params: { path: { username, id } },
      headers: bearer(accessToken),
    }),
  );
}

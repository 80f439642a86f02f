// Server-only data access for posts: the signed-in user's own posts and anyone's public list.
import "server-only";

import type { PageRequest } from "@/lib/api/pagination";
import { ApiError } from "@/lib/api/errors";
import {
  createPost,
  deletePost,
  listPosts,
  readPost,
  touchPost,
  updatePost,
  type PostInput,
} from "@/lib/api/posts";
import { apiWithAuth } from "@/lib/api/with-auth";
import { SessionExpiredError } from "@/lib/auth/session-expired";

import { readForPage } from "./page-read";
import { requireConfirmedSession } from "./current-user";
import { readSection } from "./section";
import { requireActionSession } from "./session";

/** A section of its page: at b88fe20 the posts routes answer 500, and the rest of the page still renders. */
export async function getMyPosts(request: PageRequest) {
  const session = await requireConfirmedSession();
  return readSection(() => listPosts(session.username, request));
}

export async function getPostsBy(username: string, request: PageRequest) {
  await requireConfirmedSession();
  return readSection(() => listPosts(username, request));
}

/** One of the signed-in user's posts; someone else's id is a 404 because the lookup is by the owner's name. */
export async function getMyPost(id: number) {
  const session = await requireConfirmedSession();
  return readForPage(() => readPost(session.username, id));
}

/**
 * FastAPI keeps each page of a user's post list in Redis for 60 s. Creating a post clears none of them and
 * deleting one clears a key no page has, so the list the user lands on would miss the new post or still show the
 * deleted one. Only PATCH clears them all, so an empty PATCH follows every create and precedes every delete: the
 * user's own change shows at once. A delete's window between the two requests is a few milliseconds; a list read
 * by anyone inside it can still be cached without the deletion (tests/mocks/README.md, "Posts cache").
 */
async function clearCachedLists(username: string, id: number): Promise<void> {
  await apiWithAuth((token) => touchPost(token, username, id));
}

/** The post exists once FastAPI said so; a failed clean-up only leaves the list lagging, not the post unsaved. */
async function clearCachedListsAfterCreate(username: string, id: number): Promise<void> {
  try {
    await clearCachedLists(username, id);
  } catch (error) {
    if (!(error instanceof ApiError || error instanceof SessionExpiredError)) throw error;
  }
}

export async function createMyPost(input: PostInput) {
  const session = await requireActionSession();
  const post = await apiWithAuth((token) => createPost(token, session.username, input));
  await clearCachedListsAfterCreate(session.username, post.id);
  return post;
}

/**
 * FastAPI looks the post up by id alone, so ownership is checked here first: without it a user
 * could edit anyone's post by sending its id with their own username.
 */
async function assertOwnPost(username: string, id: number): Promise<void> {
  await readPost(username, id);
}

export async function updateMyPost(id: number, input: PostInput) {
  const session = await requireActionSession();
  await assertOwnPost(session.username, id);
  await apiWithAuth((token) => updatePost(token, session.username, id, input));
}

export async function deleteMyPost(id: number) {
  const session = await requireActionSession();
  await assertOwnPost(session.username, id);
  await clearCachedLists(session.username, id);
  await apiWithAuth((token) => deletePost(token, session.username, id));
}

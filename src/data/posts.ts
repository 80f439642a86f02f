// Server-only data access for posts: the signed-in user's own posts and anyone's public list.
import "server-only";

import { ApiError } from "@/lib/api/errors";
import type { PageRequest } from "@/lib/api/pagination";
import {
  createPost,
  deletePost,
  listPosts,
  readPost,
  touchPost,
  updatePost,
  type PostInput,
} from "@/lib/api/posts";
import { apiWithAuth } from "@/lib/auth/with-auth";
import { RequestFailure } from "@/lib/request-failure";

import { forAction, forPage, forSection } from "./request";

/** FastAPI's names for the fields a post form calls otherwise. */
const POST_FIELDS = { media_url: "mediaUrl" };

/** A section of its page: at b88fe20 the posts routes answer 500, and the rest of the page still renders. */
export const getMyPosts = (request: PageRequest) =>
  forSection((viewer) => listPosts(viewer.username, request));

export const getPostsBy = (username: string, request: PageRequest) =>
  forSection(() => listPosts(username, request));

/** One of the signed-in user's posts; someone else's id is a 404 because the lookup is by the owner's name. */
export const getMyPost = (id: number) => forPage((viewer) => readPost(viewer.username, id));

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
    if (!(error instanceof ApiError || error instanceof RequestFailure)) throw error;
  }
}

export const createMyPost = (input: PostInput) =>
  forAction(
    async ({ username }) => {
      const post = await apiWithAuth((token) => createPost(token, username, input));
      await clearCachedListsAfterCreate(username, post.id);
      return post;
    },
    { fields: POST_FIELDS },
  );

/**
 * FastAPI looks the post up by id alone, so ownership is checked here first: without it a user
 * could edit anyone's post by sending its id with their own username.
 */
async function assertOwnPost(username: string, id: number): Promise<void> {
  await readPost(username, id);
}

export const updateMyPost = (id: number, input: PostInput) =>
  forAction(
    async ({ username }) => {
      await assertOwnPost(username, id);
      await apiWithAuth((token) => updatePost(token, username, id, input));
    },
    { fields: POST_FIELDS },
  );

export const deleteMyPost = (id: number) =>
  forAction(async ({ username }) => {
    await assertOwnPost(username, id);
    await clearCachedLists(username, id);
    await apiWithAuth((token) => deletePost(token, username, id));
  });

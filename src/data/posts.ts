// Server-only data access for posts: the signed-in user's own posts and anyone's public list.
import "server-only";

import type { PageRequest } from "@/lib/api/pagination";
import { createPost, deletePost, listPosts, readPost, updatePost, type PostInput } from "@/lib/api/posts";
import { apiWithAuth } from "@/lib/api/with-auth";

import { readForPage } from "./page-read";
import { requireConfirmedSession } from "./current-user";
import { requireActionSession } from "./session";

export async function getMyPosts(request: PageRequest) {
  const session = await requireConfirmedSession();
  return readForPage(() => listPosts(session.username, request));
}

export async function getPostsBy(username: string, request: PageRequest) {
  await requireConfirmedSession();
  return readForPage(() => listPosts(username, request));
}

/** One of the signed-in user's posts; someone else's id is a 404 because the lookup is by the owner's name. */
export async function getMyPost(id: number) {
  const session = await requireConfirmedSession();
  return readForPage(() => readPost(session.username, id));
}

export async function createMyPost(input: PostInput) {
  const session = await requireActionSession();
  return apiWithAuth((token) => createPost(token, session.username, input));
}

/**
 * FastAPI looks the post up by id alone (CONTRACT §6), so ownership is checked here first: without it a user
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
  await apiWithAuth((token) => deletePost(token, session.username, id));
}

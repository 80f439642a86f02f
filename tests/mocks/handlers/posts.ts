// /{username}/post(s) and /{username}/db_post/{id}. Every route but db_post answers 500 at b88fe20
// (docs/fastapi-contract.md §6); these handlers implement the intended behaviour, Redis response cache
// (§6.2) included.
import type { HttpHandler } from "msw";
import { updateRow, type MockDatabase, type PostRow, type UserRow } from "../db";
import { forbidden, notFound } from "../framework/errors";
import { pageParameters, paginate } from "../framework/pagination";
import { integerPathParameter, readJsonBody } from "../framework/request";
import { check, validateRequest } from "../framework/validation";
import type { HandlerContext } from "./context";
import { toPostRead } from "./read-models";
import { postCreate, postUpdate } from "./schemas";

type PostRead = ReturnType<typeof toPostRead>;
type PostList = ReturnType<typeof paginate<PostRead>>;

function findActiveUser(db: MockDatabase, username: string): UserRow {
  const user = db.users.find((candidate) => candidate.username === username && !candidate.is_deleted);
  if (!user) throw notFound("User not found");
  return user;
}

function findActivePost(db: MockDatabase, id: number, author?: UserRow): PostRow {
  const post = db.posts.find(
    (candidate) =>
      candidate.id === id &&
      !candidate.is_deleted &&
      (author === undefined || candidate.created_by_user_id === author.id),
  );
  if (!post) throw notFound("Post not found");
  return post;
}

/**
 * The keys posts.py's `@cache` decorators build: `key_prefix` formatted with the route's arguments, then `:` and
 * the resource id. Reads are served from Redis until the key expires or a write deletes it. POST deletes nothing,
 * PATCH deletes the post and every list page of the user in the path, DELETE deletes the post and
 * `{username}_posts:{username}`, a key no list page ever has: lists lag a created or deleted post by up to 60 s.
 */
const cacheKeys = {
  list: (username: string, page: number, itemsPerPage: number) =>
    `${username}_posts:page_${page}:items_per_page:${itemsPerPage}:${username}`,
  listPattern: (username: string) => `${username}_posts:*`,
  /** What DELETE's `to_invalidate_extra={"{username}_posts": "{username}"}` deletes. */
  deleteExtra: (username: string) => `${username}_posts:${username}`,
  post: (username: string, id: number) => `${username}_post_cache:${id}`,
};
const LIST_EXPIRE_SECONDS = 60;
/** The decorator's default expiration. */
const POST_EXPIRE_SECONDS = 3600;

/** Only the user named in the path may write there; superusers get no override. */
function assertOwner(caller: UserRow, owner: UserRow): void {
  if (caller.id !== owner.id) throw forbidden();
}

export function postsHandlers({ route, db, auth }: HandlerContext): HttpHandler[] {
  /** Both deletes invalidate the same two keys; neither is a list page. */
  const forgetDeletedPost = (username: string, id: number) => {
    db.cache.delete(cacheKeys.post(username, id));
    db.cache.delete(cacheKeys.deleteExtra(username));
  };

  return [
    route.post("/api/v1/{username}/post", async ({ request, params, response }) => {
      const body = await readJsonBody(request);
      const caller = await auth.currentUser(request);
      const [values] = validateRequest(check(postCreate, body, ["body"]));
      const author = findActiveUser(db, params.username);
      assertOwner(caller, author);
      const post = db.posts.insert({
        media_url: null,
        ...values,
        created_by_user_id: author.id,
        created_at: new Date(),
        is_deleted: false,
      });
      return response(201).json(toPostRead(post));
    }),

    route.get("/api/v1/{username}/posts", ({ request, params, response }) => {
      const [page, itemsPerPage] = validateRequest(...pageParameters(request));
      const key = cacheKeys.list(params.username, page, itemsPerPage);
      const cached = db.cache.get(key) as PostList | undefined;
      if (cached) return response(200).json(cached);
      const author = findActiveUser(db, params.username);
      const posts = db.posts.filter((post) => post.created_by_user_id === author.id && !post.is_deleted);
      const list = paginate(posts.map(toPostRead), page, itemsPerPage);
      db.cache.set(key, list, LIST_EXPIRE_SECONDS);
      return response(200).json(list);
    }),

    route.get("/api/v1/{username}/post/{id}", ({ params, response }) => {
      const [id] = validateRequest(integerPathParameter("id", params.id));
      const key = cacheKeys.post(params.username, id);
      const cached = db.cache.get(key) as PostRead | undefined;
      if (cached) return response(200).json(cached);
      const author = findActiveUser(db, params.username);
      const post = toPostRead(findActivePost(db, id, author));
      db.cache.set(key, post, POST_EXPIRE_SECONDS);
      return response(200).json(post);
    }),

    // The post is looked up by id only: it need not belong to {username}.
    route.patch("/api/v1/{username}/post/{id}", async ({ request, params, response }) => {
      const body = await readJsonBody(request);
      const caller = await auth.currentUser(request);
      const [id, values] = validateRequest(
        integerPathParameter("id", params.id),
        check(postUpdate, body, ["body"]),
      );
      assertOwner(caller, findActiveUser(db, params.username));
      updateRow(findActivePost(db, id), values, ["media_url"]);
      db.cache.delete(cacheKeys.post(params.username, id));
      db.cache.deleteMatching(cacheKeys.listPattern(params.username));
      return response(200).json({ message: "Post updated" });
    }),

    // Soft delete, with the same ownership gap as PATCH.
    route.delete("/api/v1/{username}/post/{id}", async ({ request, params, response }) => {
      const caller = await auth.currentUser(request);
      const [id] = validateRequest(integerPathParameter("id", params.id));
      assertOwner(caller, findActiveUser(db, params.username));
      findActivePost(db, id).is_deleted = true;
      forgetDeletedPost(params.username, id);
      return response(200).json({ message: "Post deleted" });
    }),

    route.delete("/api/v1/{username}/db_post/{id}", async ({ request, params, response }) => {
      await auth.currentSuperuser(request);
      const [id] = validateRequest(integerPathParameter("id", params.id));
      findActiveUser(db, params.username);
      db.posts.remove(findActivePost(db, id));
      forgetDeletedPost(params.username, id);
      return response(200).json({ message: "Post deleted from the database" });
    }),
  ];
}

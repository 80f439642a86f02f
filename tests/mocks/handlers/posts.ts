// /{username}/post(s) and /{username}/db_post/{id}. Every route but db_post answers 500 at b88fe20
// (CONTRACT.md §6); these handlers implement the intended behaviour.
import type { HttpHandler } from "msw";
import { updateRow, type MockDatabase, type PostRow, type UserRow } from "../db";
import { forbidden, notFound } from "../framework/errors";
import { pageParameters, paginate } from "../framework/pagination";
import { integerPathParameter, readJsonBody } from "../framework/request";
import { check, validateRequest } from "../framework/validation";
import type { HandlerContext } from "./context";
import { toPostRead } from "./read-models";
import { postCreate, postUpdate } from "./schemas";

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

/** Only the user named in the path may write there; superusers get no override. */
function assertOwner(caller: UserRow, owner: UserRow): void {
  if (caller.id !== owner.id) throw forbidden();
}

export function postsHandlers({ route, db, auth }: HandlerContext): HttpHandler[] {
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

    // The real backend caches this list in Redis for 60 s without invalidation on create; not reproduced.
    route.get("/api/v1/{username}/posts", ({ request, params, response }) => {
      const [page, itemsPerPage] = validateRequest(...pageParameters(request));
      const author = findActiveUser(db, params.username);
      const posts = db.posts.filter((post) => post.created_by_user_id === author.id && !post.is_deleted);
      return response(200).json(paginate(posts.map(toPostRead), page, itemsPerPage));
    }),

    route.get("/api/v1/{username}/post/{id}", ({ params, response }) => {
      const [id] = validateRequest(integerPathParameter("id", params.id));
      const author = findActiveUser(db, params.username);
      return response(200).json(toPostRead(findActivePost(db, id, author)));
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
      return response(200).json({ message: "Post updated" });
    }),

    // Soft delete, with the same ownership gap as PATCH.
    route.delete("/api/v1/{username}/post/{id}", async ({ request, params, response }) => {
      const caller = await auth.currentUser(request);
      const [id] = validateRequest(integerPathParameter("id", params.id));
      assertOwner(caller, findActiveUser(db, params.username));
      findActivePost(db, id).is_deleted = true;
      return response(200).json({ message: "Post deleted" });
    }),

    route.delete("/api/v1/{username}/db_post/{id}", async ({ request, params, response }) => {
      await auth.currentSuperuser(request);
      const [id] = validateRequest(integerPathParameter("id", params.id));
      findActiveUser(db, params.username);
      db.posts.remove(findActivePost(db, id));
      return response(200).json({ message: "Post deleted from the database" });
    }),
  ];
}

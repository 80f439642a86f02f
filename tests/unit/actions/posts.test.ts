import { http, HttpResponse } from "msw";
import { revalidatePath } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { createPostAction, deletePostAction, updatePostAction } from "@/actions/posts";
import type { ActionResult } from "@/lib/action-result";
import { listPosts } from "@/lib/api/posts";
import type { PostFormInput } from "@/lib/validations/posts";

import { SEED_DEMO } from "../../fixtures/seed";
import { TEST_FASTAPI_URL, mockBackend, server } from "../../mocks/node";
import { requestScope } from "../../setup/next-request-scope";
import { redirectTarget } from "../../setup/redirect";
import {
  SESSION_EXPIRED,
  backendCallCount,
  expectUnavailable,
  makeBackendRefuseTokens,
  pydantic422,
  signInNewAccount,
} from "../helpers/action-session";
import { postForm } from "../helpers/post-form";

// Next's cache needs a running Next server; the tests only check which path the action asks to refresh.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
beforeEach(() => vi.mocked(revalidatePath).mockClear());

/** The first page of a user's posts as FastAPI serves it, from its Redis cache when it holds that page. */
const listedTitles = async (username: string) =>
  (await listPosts(username, { page: 1, perPage: 10 })).items.map((post) => post.title);

const VALID: PostFormInput = { title: "A fresh title", text: "Some words worth reading.", mediaUrl: "" };

const userId = (username: string) => mockBackend.db.users.find((user) => user.username === username)!.id;
const postRow = (id: number) => mockBackend.db.posts.find((post) => post.id === id);

function insertPost(username: string, title = "Mine") {
  return mockBackend.db.posts.insert({
    title,
    text: "Original text.",
    media_url: "https://example.com/old.png",
    created_by_user_id: userId(username),
    created_at: new Date(),
    is_deleted: false,
  });
}

/** The seeded demo user's first post: someone else's post for every fresh account. */
const someoneElsesPost = () =>
  mockBackend.db.posts.find((post) => post.created_by_user_id === userId(SEED_DEMO.username))!;

describe("createPostAction", () => {
  it("publishes the post under the signed-in user and redirects with a notice", async () => {
    const me = await signInNewAccount();

    const target = await redirectTarget(
      postForm(createPostAction, { ...VALID, mediaUrl: "https://example.com/cat.png" }),
    );

    expect(target).toBe("/dashboard/posts?done=post-created");
    expect(revalidatePath).toHaveBeenCalledWith("/dashboard/posts");
    const created = mockBackend.db.posts.filter((post) => post.created_by_user_id === userId(me.username));
    expect(created).toEqual([
      expect.objectContaining({
        title: VALID.title,
        text: VALID.text,
        media_url: "https://example.com/cat.png",
        is_deleted: false,
      }),
    ]);
  });

  it("sends an empty media URL as no media", async () => {
    const me = await signInNewAccount();

    await redirectTarget(postForm(createPostAction, VALID));

    const [created] = mockBackend.db.posts.filter((post) => post.created_by_user_id === userId(me.username));
    expect(created?.media_url).toBeNull();
  });

  it("refuses invalid input on the right fields without calling the backend", async () => {
    await signInNewAccount();
    const calls = backendCallCount();

    const result = await postForm(createPostAction, {
      title: " x ",
      text: "   ",
      mediaUrl: "javascript:alert(1)",
    });

    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: {
        title: ["The title needs at least 2 characters."],
        text: ["Write something."],
        mediaUrl: [expect.stringContaining("starting with http://")],
      },
    });
    expect(backendCallCount()).toBe(calls);
  });

  it("shows the new post in the author's list at once, although FastAPI had cached that list", async () => {
    const me = await signInNewAccount();
    expect(await listedTitles(me.username)).toEqual([]);

    await redirectTarget(postForm(createPostAction, VALID));

    expect(await listedTitles(me.username)).toEqual([VALID.title]);
  });

  it("still reports the post as published when clearing the cached lists fails", async () => {
    const me = await signInNewAccount();
    mockBackend.setFaults({ mode: "error", match: "PATCH " });

    const target = await redirectTarget(postForm(createPostAction, VALID));

    expect(target).toBe("/dashboard/posts?done=post-created");
    expect(
      mockBackend.db.posts.filter((post) => post.created_by_user_id === userId(me.username)),
    ).toHaveLength(1);
  });

  it("maps FastAPI's pydantic 422 on media_url onto the mediaUrl field", async () => {
    await signInNewAccount();
    server.use(
      http.post(`${TEST_FASTAPI_URL}/api/v1/:username/post`, () =>
        HttpResponse.json(pydantic422("media_url", "String should match pattern"), { status: 422 }),
      ),
    );

    const result = await postForm(createPostAction, { ...VALID, mediaUrl: "https://example.com/a.png" });

    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      message: "Please correct the highlighted fields.",
      fieldErrors: { mediaUrl: ["String should match pattern"] },
    });
  });
});

describe("updatePostAction", () => {
  it("saves the signed-in user's own post, removing the media URL when emptied", async () => {
    const me = await signInNewAccount();
    const post = insertPost(me.username);

    const target = await redirectTarget(
      postForm(updatePostAction.bind(null, post.id), { ...VALID, title: "Edited" }),
    );

    expect(target).toBe("/dashboard/posts?done=post-updated");
    expect(postRow(post.id)).toMatchObject({ title: "Edited", text: VALID.text, media_url: null });
  });

  it("refuses invalid input on the right fields and leaves the post alone", async () => {
    const me = await signInNewAccount();
    const post = insertPost(me.username);

    const result = await postForm(updatePostAction.bind(null, post.id), { ...VALID, title: "t".repeat(31) });

    expect(result).toMatchObject({
      reason: "invalid",
      fieldErrors: { title: ["The title can have at most 30 characters."] },
    });
    expect(postRow(post.id)?.title).toBe("Mine");
  });

  it("shows the new post in the author's list at once, although FastAPI had cached that list", async () => {
    const me = await signInNewAccount();
    expect(await listedTitles(me.username)).toEqual([]);

    await redirectTarget(postForm(createPostAction, VALID));

    expect(await listedTitles(me.username)).toEqual([VALID.title]);
  });

  it("still reports the post as published when clearing the cached lists fails", async () => {
    const me = await signInNewAccount();
    mockBackend.setFaults({ mode: "error", match: "PATCH " });

    const target = await redirectTarget(postForm(createPostAction, VALID));

    expect(target).toBe("/dashboard/posts?done=post-created");
    expect(
      mockBackend.db.posts.filter((post) => post.created_by_user_id === userId(me.username)),
    ).toHaveLength(1);
  });

  it("maps FastAPI's pydantic 422 on media_url onto the mediaUrl field", async () => {
    const me = await signInNewAccount();
    const post = insertPost(me.username);
    server.use(
      http.patch(`${TEST_FASTAPI_URL}/api/v1/:username/post/:id`, () =>
        HttpResponse.json(pydantic422("media_url", "String should match pattern"), { status: 422 }),
      ),
    );

    const result = await postForm(updatePostAction.bind(null, post.id), VALID);

    expect(result).toMatchObject({
      reason: "invalid",
      fieldErrors: { mediaUrl: ["String should match pattern"] },
    });
  });

  it("refuses someone else's post as not found, although FastAPI itself would accept the PATCH", async () => {
    await signInNewAccount();
    const theirs = someoneElsesPost();
    const before = { ...theirs };

    const result = await postForm(updatePostAction.bind(null, theirs.id), { ...VALID, title: "Hijacked" });

    expect(result).toEqual({ ok: false, reason: "not-found", message: "Post not found" });
    expect(postRow(theirs.id)).toEqual(before);
    expect(mockBackend.stats()["PATCH /api/v1/{username}/post/{id}"]).toBeUndefined();
  });
});

describe("deletePostAction", () => {
  it("soft-deletes the signed-in user's own post", async () => {
    const me = await signInNewAccount();
    const post = insertPost(me.username);

    const target = await redirectTarget(deletePostAction(post.id));

    expect(target).toBe("/dashboard/posts?done=post-deleted");
    expect(postRow(post.id)?.is_deleted).toBe(true);
  });

  it("takes the post out of the author's list at once, although FastAPI had cached that list", async () => {
    const me = await signInNewAccount();
    const post = insertPost(me.username, "Doomed");
    insertPost(me.username, "Kept");
    expect(await listedTitles(me.username)).toEqual(["Doomed", "Kept"]);

    await redirectTarget(deletePostAction(post.id));

    expect(await listedTitles(me.username)).toEqual(["Kept"]);
  });

  it("refuses someone else's post as not found and leaves it in place", async () => {
    await signInNewAccount();
    const theirs = someoneElsesPost();

    const result = await deletePostAction(theirs.id);

    expect(result).toEqual({ ok: false, reason: "not-found", message: "Post not found" });
    expect(postRow(theirs.id)?.is_deleted).toBe(false);
    expect(mockBackend.stats()["DELETE /api/v1/{username}/post/{id}"]).toBeUndefined();
  });
});

// The same failure handling, action by action. `run` gets the id of a post the signed-in user owns.
const ACTIONS: {
  name: string;
  method: "post" | "patch" | "delete";
  path: string;
  run: (ownPostId: number) => Promise<ActionResult>;
}[] = [
  {
    name: "createPostAction",
    method: "post",
    path: "/api/v1/:username/post",
    run: () => postForm(createPostAction, VALID),
  },
  {
    name: "updatePostAction",
    method: "patch",
    path: "/api/v1/:username/post/:id",
    run: (id) => postForm(updatePostAction.bind(null, id), VALID),
  },
  {
    name: "deletePostAction",
    method: "delete",
    path: "/api/v1/:username/post/:id",
    run: (id) => deletePostAction(id),
  },
];

describe.each(ACTIONS)("$name failures", ({ method, path, run }) => {
  async function ownPost(): Promise<{ username: string; postId: number; snapshot: () => unknown }> {
    const me = await signInNewAccount();
    const post = insertPost(me.username);
    const snapshot = () =>
      mockBackend.db.posts
        .filter((row) => row.created_by_user_id === userId(me.username))
        .map((row) => ({ ...row }));
    return { username: me.username, postId: post.id, snapshot };
  }

  it("reports FastAPI's 403 as forbidden", async () => {
    const { postId } = await ownPost();
    server.use(
      http[method](`${TEST_FASTAPI_URL}${path}`, () =>
        HttpResponse.json({ detail: "Request forbidden -- authorization will not help" }, { status: 403 }),
      ),
    );

    await expect(run(postId)).resolves.toEqual({
      ok: false,
      reason: "forbidden",
      message: "You are not allowed to do this.",
    });
  });

  it("reports FastAPI's 404 as not found with its message", async () => {
    const { postId } = await ownPost();
    server.use(
      http[method](`${TEST_FASTAPI_URL}${path}`, () =>
        HttpResponse.json({ detail: "User not found" }, { status: 404 }),
      ),
    );

    await expect(run(postId)).resolves.toEqual({ ok: false, reason: "not-found", message: "User not found" });
  });

  it("reports a plain-text 500 as unavailable without the raw body, changing nothing", async () => {
    const { postId, snapshot } = await ownPost();
    const before = snapshot();
    mockBackend.setFaults({ mode: "error", match: method.toUpperCase() + " " });

    expectUnavailable(await run(postId));
    expect(snapshot()).toEqual(before);
  });

  it("returns session-expired without redirecting when there is no session cookie", async () => {
    const { postId, snapshot } = await ownPost();
    const before = snapshot();
    requestScope.browserCookies.clear();
    const calls = backendCallCount();

    await expect(run(postId)).resolves.toEqual(SESSION_EXPIRED);
    expect(backendCallCount()).toBe(calls);
    expect(snapshot()).toEqual(before);
  });

  it("returns session-expired without redirecting when FastAPI refuses the refresh token", async () => {
    const { username, postId, snapshot } = await ownPost();
    const before = snapshot();
    await makeBackendRefuseTokens(username);

    await expect(run(postId)).resolves.toEqual(SESSION_EXPIRED);
    expect(mockBackend.stats()["POST /api/v1/refresh"]).toBe(1);
    expect(snapshot()).toEqual(before);
  });
});

describe.each([
  ["updatePostAction", (id: number) => postForm(updatePostAction.bind(null, id), VALID)],
  ["deletePostAction", (id: number) => deletePostAction(id)],
])("%s with a post id that cannot exist", (_name, run) => {
  it.each([0, -1, 1.5, Number.NaN])("answers not-found for %s without calling the backend", async (id) => {
    await signInNewAccount();
    const calls = backendCallCount();

    await expect(run(id)).resolves.toEqual({
      ok: false,
      reason: "not-found",
      message: "This post does not exist.",
    });
    expect(backendCallCount()).toBe(calls);
  });

  it("answers not-found for an unknown id", async () => {
    await signInNewAccount();

    await expect(run(9999)).resolves.toEqual({ ok: false, reason: "not-found", message: "Post not found" });
  });
});

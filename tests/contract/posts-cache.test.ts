// The Redis response cache of posts.py's `@cache` decorators (docs/fastapi-contract.md §6.2), as the real
// backend behaves: lists for 60 s keyed by page and items_per_page, single posts for an hour, and writes that invalidate
// only some keys. The 60 s expiry itself is checked against the mock in mock-controls.test.ts.
import { describe, expect, it } from "vitest";
import { signUp } from "./support/accounts";
import { expectJson } from "./support/expectations";
import { call } from "./support/http";
import { backendIsPinned } from "./support/pinned";

interface PostRead {
  id: number;
  title: string;
  text: string;
}

async function writePost(username: string, token: string, title: string): Promise<PostRead> {
  const response = await call("POST", `/api/v1/${username}/post`, {
    token,
    json: { title, text: `${title} text` },
  });
  return (await expectJson(response, 201)) as PostRead;
}

async function listTitles(username: string, itemsPerPage = 10): Promise<string[]> {
  const response = await call("GET", `/api/v1/${username}/posts?page=1&items_per_page=${itemsPerPage}`);
  const list = (await expectJson(response, 200)) as { data: PostRead[] };
  return list.data.map((post) => post.title);
}

const readText = async (username: string, id: number) =>
  ((await expectJson(await call("GET", `/api/v1/${username}/post/${id}`), 200)) as PostRead).text;

describe.skipIf(backendIsPinned)("the posts cache", () => {
  it("keeps serving a list page after a new post: POST invalidates nothing", async () => {
    const { username, accessToken } = await signUp();
    await writePost(username, accessToken, "First");
    expect(await listTitles(username)).toEqual(["First"]);

    await writePost(username, accessToken, "Second");
    expect(await listTitles(username)).toEqual(["First"]);
    // Another page size is another key, read fresh.
    expect(await listTitles(username, 5)).toEqual(["First", "Second"]);
  });

  it("keeps listing a deleted post: DELETE invalidates the post and a key no list page has", async () => {
    const { username, accessToken } = await signUp();
    const first = await writePost(username, accessToken, "First");
    await writePost(username, accessToken, "Second");
    expect(await listTitles(username)).toEqual(["First", "Second"]);
    expect(await readText(username, first.id)).toBe("First text");

    const deletion = await call("DELETE", `/api/v1/${username}/post/${first.id}`, { token: accessToken });
    expect(deletion.status).toBe(200);
    expect(await listTitles(username)).toEqual(["First", "Second"]);
    expect((await call("GET", `/api/v1/${username}/post/${first.id}`)).status).toBe(404);
  });

  it("refreshes every list page of the user and the post itself after PATCH", async () => {
    const { username, accessToken } = await signUp();
    const post = await writePost(username, accessToken, "Before");
    expect(await listTitles(username)).toEqual(["Before"]);
    expect(await listTitles(username, 1)).toEqual(["Before"]);
    expect(await readText(username, post.id)).toBe("Before text");
    await writePost(username, accessToken, "Unlisted");

    const patch = await call("PATCH", `/api/v1/${username}/post/${post.id}`, {
      token: accessToken,
      json: { title: "After", text: "After text" },
    });
    expect(patch.status).toBe(200);
    expect(await listTitles(username)).toEqual(["After", "Unlisted"]);
    expect(await listTitles(username, 1)).toEqual(["After"]);
    expect(await readText(username, post.id)).toBe("After text");
  });

  it("keys a post by the username in the path, so an edit through another path leaves it stale", async () => {
    const author = await signUp();
    const post = await writePost(author.username, author.accessToken, "Cached");
    expect(await readText(author.username, post.id)).toBe("Cached text");

    const intruder = await signUp();
    const patch = await call("PATCH", `/api/v1/${intruder.username}/post/${post.id}`, {
      token: intruder.accessToken,
      json: { text: "Changed elsewhere" },
    });
    expect(patch.status).toBe(200);
    expect(await readText(author.username, post.id)).toBe("Cached text");
  });
});

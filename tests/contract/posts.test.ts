// Posts: owner-only writes under /{username}, public reads, superuser hard delete
// (docs/fastapi-contract.md §6).
import { describe, expect, it } from "vitest";
import { logInAsAdmin, register, signUp, uniqueName } from "./support/accounts";
import { expectDetail, expectJson, expectValidationErrors } from "./support/expectations";
import { call } from "./support/http";
import { backendIsPinned, expectIntended } from "./support/pinned";

const FORBIDDEN = "Request forbidden -- authorization will not help";

interface PostRead {
  id: number;
  title: string;
  text: string;
  media_url: string | null;
  created_by_user_id: number;
  created_at: string;
}

async function writePost(
  username: string,
  token: string,
  json: object = { title: "A title", text: "Some text" },
) {
  const response = await call("POST", `/api/v1/${username}/post`, { token, json });
  return (await expectJson(response, 201)) as PostRead;
}

describe("POST /api/v1/{username}/post", () => {
  it("lets the owner write a post and answers PostRead", async () => {
    const { accessToken, user } = await signUp();
    const response = await call("POST", `/api/v1/${user.username}/post`, {
      token: accessToken,
      json: { title: "Hello", text: "World" },
    });
    await expectIntended(response, async (intended) =>
      expect(await expectJson(intended, 201)).toEqual({
        id: expect.any(Number),
        title: "Hello",
        text: "World",
        media_url: null,
        created_by_user_id: user.id,
        created_at: expect.stringMatching(/Z$/),
      }),
    );
  });

  it("validates title, text, media_url and extra keys", async () => {
    const { accessToken, username } = await signUp();
    const response = await call("POST", `/api/v1/${username}/post`, {
      token: accessToken,
      json: { title: "a", text: "", media_url: "nope", tags: [] },
    });
    await expectValidationErrors(
      response,
      {
        type: "string_too_short",
        loc: ["body", "title"],
        msg: "String should have at least 2 characters",
        input: "a",
        ctx: { min_length: 2 },
      },
      {
        type: "string_too_short",
        loc: ["body", "text"],
        msg: "String should have at least 1 character",
        input: "",
        ctx: { min_length: 1 },
      },
      {
        type: "string_pattern_mismatch",
        loc: ["body", "media_url"],
        msg: "String should match pattern '^(https?|ftp)://[^\\s/$.?#].[^\\s]*$'",
        input: "nope",
        ctx: { pattern: "^(https?|ftp)://[^\\s/$.?#].[^\\s]*$" },
      },
      { type: "extra_forbidden", loc: ["body", "tags"], msg: "Extra inputs are not permitted", input: [] },
    );
  });

  it("forbids writing under another name, superusers included, and needs a bearer", async () => {
    const owner = await register();
    const { accessToken } = await signUp();
    const admin = await logInAsAdmin();
    const json = { title: "Not mine", text: "..." };
    for (const token of [accessToken, admin.accessToken]) {
      const response = await call("POST", `/api/v1/${owner.username}/post`, { token, json });
      await expectIntended(response, (intended) => expectDetail(intended, 403, FORBIDDEN));
    }
    await expectDetail(
      await call("POST", `/api/v1/${owner.username}/post`, { json }),
      401,
      "Not authenticated",
    );
  });
});

describe.skipIf(backendIsPinned)("reading, updating and deleting posts", () => {
  it("lists a user's posts publicly, paginated, and reads one", async () => {
    const { accessToken, username } = await signUp();
    const first = await writePost(username, accessToken);
    const second = await writePost(username, accessToken, {
      title: "Second",
      text: "Two",
      media_url: "https://x.io/a.png",
    });
    const list = await expectJson(await call("GET", `/api/v1/${username}/posts?items_per_page=1`), 200);
    expect(list).toEqual({ data: [first], total_count: 2, has_more: true, page: 1, items_per_page: 1 });
    expect(await expectJson(await call("GET", `/api/v1/${username}/post/${second.id}`), 200)).toEqual(second);
    await expectDetail(await call("GET", `/api/v1/${uniqueName("nobody")}/posts`), 404, "User not found");
  });

  it("404s a post id that is not this user's", async () => {
    const author = await signUp();
    const post = await writePost(author.username, author.accessToken);
    const other = await register();
    await expectDetail(await call("GET", `/api/v1/${other.username}/post/${post.id}`), 404, "Post not found");
  });

  it("updates a post, looking it up by id only (any owner of the path may edit it)", async () => {
    const author = await signUp();
    const post = await writePost(author.username, author.accessToken);
    const intruder = await signUp();
    const response = await call("PATCH", `/api/v1/${intruder.username}/post/${post.id}`, {
      token: intruder.accessToken,
      json: { text: "Edited through someone else's path" },
    });
    expect(await expectJson(response, 200)).toEqual({ message: "Post updated" });
    const updated = (await (
      await call("GET", `/api/v1/${author.username}/post/${post.id}`)
    ).json()) as PostRead;
    expect(updated.text).toBe("Edited through someone else's path");

    const notOwner = await call("PATCH", `/api/v1/${author.username}/post/${post.id}`, {
      token: intruder.accessToken,
      json: { text: "x" },
    });
    await expectDetail(notOwner, 403, FORBIDDEN);
  });

  it("soft-deletes a post, then a superuser can remove posts from the database", async () => {
    const author = await signUp();
    const soft = await writePost(author.username, author.accessToken);
    const deletion = await call("DELETE", `/api/v1/${author.username}/post/${soft.id}`, {
      token: author.accessToken,
    });
    expect(await expectJson(deletion, 200)).toEqual({ message: "Post deleted" });
    await expectDetail(
      await call("GET", `/api/v1/${author.username}/post/${soft.id}`),
      404,
      "Post not found",
    );

    const hard = await writePost(author.username, author.accessToken);
    const dbPath = `/api/v1/${author.username}/db_post/${hard.id}`;
    await expectDetail(
      await call("DELETE", dbPath, { token: author.accessToken }),
      403,
      "You do not have enough privileges.",
    );
    const admin = await logInAsAdmin();
    const response = await call("DELETE", dbPath, { token: admin.accessToken });
    expect(await expectJson(response, 200)).toEqual({ message: "Post deleted from the database" });
    await expectDetail(await call("DELETE", dbPath, { token: admin.accessToken }), 404, "Post not found");
  });
});

// Sign-up, profiles, the user list, owner and superuser rules, soft and hard deletion
// (docs/fastapi-contract.md §4, §5).
import { describe, expect, it } from "vitest";
import {
  logIn,
  logInAsAdmin,
  newAccount,
  register,
  signUp,
  uniqueName,
  waitForNextSecond,
  type UserRead,
} from "./support/accounts";
import {
  expectDetail,
  expectJson,
  expectUnhandledServerError,
  expectValidationErrors,
} from "./support/expectations";
import { call } from "./support/http";
import { backendIsPinned, expectIntended } from "./support/pinned";

const FORBIDDEN = "Request forbidden -- authorization will not help";
const NOT_PRIVILEGED = "You do not have enough privileges.";

const me = (token: string) => call("GET", "/api/v1/user/me/", { token });
const createTier = async (token: string) => {
  const response = await call("POST", "/api/v1/tier", { token, json: { name: uniqueName("tier") } });
  return (await expectJson(response, 201)) as { id: number; name: string; created_at: string };
};

describe("POST /api/v1/user (sign-up)", () => {
  it("answers 201 with UserRead only, and no cookie or token", async () => {
    const account = newAccount();
    const response = await call("POST", "/api/v1/user", { json: account });
    expect(await expectJson(response, 201)).toEqual({
      id: expect.any(Number),
      name: account.name,
      username: account.username,
      email: account.email,
      profile_image_url: "https://profileimageurl.com",
      tier_id: null,
    });
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("lower-cases the e-mail domain only, and only that form logs in", async () => {
    const account = { ...newAccount(), email: `${uniqueName("Carol")}@Example.COM` };
    const user = await register(account);
    const normalized = account.email.replace("@Example.COM", "@example.com");
    expect(user.email).toBe(normalized);
    await logIn(normalized, account.password);
    const original = await call("POST", "/api/v1/login", {
      form: { username: account.email, password: account.password },
    });
    await expectDetail(original, 401, "Wrong username, email or password.");
  });

  it("reports a taken e-mail first, then a taken username, as 422 strings", async () => {
    const taken = await register();
    const again = { ...newAccount(), email: taken.email, username: taken.username };
    await expectDetail(
      await call("POST", "/api/v1/user", { json: again }),
      422,
      "Email is already registered",
    );
    const sameUsername = { ...newAccount(), username: taken.username };
    await expectDetail(
      await call("POST", "/api/v1/user", { json: sameUsername }),
      422,
      "Username not available",
    );
  });

  it("answers pydantic's 422 list for invalid fields, in field order, extras last", async () => {
    const { password: _password, ...withoutPassword } = newAccount();
    const body = { ...withoutPassword, name: "a", username: "Not_Valid", email: "no-at-sign", role: "admin" };
    const response = await call("POST", "/api/v1/user", { json: body });
    await expectValidationErrors(
      response,
      {
        type: "string_too_short",
        loc: ["body", "name"],
        msg: "String should have at least 2 characters",
        input: "a",
        ctx: { min_length: 2 },
      },
      {
        type: "string_pattern_mismatch",
        loc: ["body", "username"],
        msg: "String should match pattern '^[a-z0-9]+$'",
        input: "Not_Valid",
        ctx: { pattern: "^[a-z0-9]+$" },
      },
      {
        type: "value_error",
        loc: ["body", "email"],
        msg: "value is not a valid email address: An email address must have an @-sign.",
        input: "no-at-sign",
        ctx: { reason: "An email address must have an @-sign." },
      },
      { type: "missing", loc: ["body", "password"], msg: "Field required", input: body },
      {
        type: "extra_forbidden",
        loc: ["body", "role"],
        msg: "Extra inputs are not permitted",
        input: "admin",
      },
    );
  });

  it("accepts any non-empty password and rejects only the empty one", async () => {
    expect((await call("POST", "/api/v1/user", { json: { ...newAccount(), password: "a" } })).status).toBe(
      201,
    );
    const response = await call("POST", "/api/v1/user", { json: { ...newAccount(), password: "" } });
    await expectValidationErrors(response, {
      type: "string_pattern_mismatch",
      loc: ["body", "password"],
      msg: "String should match pattern '^.{8,}|[0-9]+|[A-Z]+|[a-z]+|[^a-zA-Z0-9]+$'",
      input: "",
      ctx: { pattern: "^.{8,}|[0-9]+|[A-Z]+|[a-z]+|[^a-zA-Z0-9]+$" },
    });
  });

  it("needs a JSON content type: anything else is model_attributes_type, bad JSON is json_invalid", async () => {
    const text = JSON.stringify(newAccount());
    const asText = await call("POST", "/api/v1/user", {
      body: text,
      headers: { "content-type": "text/plain" },
    });
    await expectValidationErrors(asText, {
      type: "model_attributes_type",
      loc: ["body"],
      msg: "Input should be a valid dictionary or object to extract fields from",
      input: text,
    });

    const malformed = await call("POST", "/api/v1/user", {
      body: '{"name": ',
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(422);
    const { detail } = (await malformed.json()) as {
      detail: { type: string; loc: unknown[]; msg: string }[];
    };
    expect(detail).toHaveLength(1);
    expect(detail[0]).toMatchObject({
      type: "json_invalid",
      loc: ["body", expect.any(Number)],
      msg: "JSON decode error",
    });
  });

  it("crashes with a 500 text/plain for an e-mail longer than the 50-character column", async () => {
    const account = { ...newAccount(), email: `${"x".repeat(45)}@example.com` };
    await expectUnhandledServerError(await call("POST", "/api/v1/user", { json: account }));
  });
});

describe("GET /api/v1/users", () => {
  it("is public and paginates with has_more = page * items_per_page < total_count", async () => {
    await register();
    await register();
    const first = (await expectJson(await call("GET", "/api/v1/users?page=1&items_per_page=1"), 200)) as {
      data: UserRead[];
      total_count: number;
    };
    expect(first).toEqual({
      data: [expect.any(Object)],
      total_count: expect.any(Number),
      has_more: true,
      page: 1,
      items_per_page: 1,
    });
    expect(Object.keys(first.data[0] ?? {})).toEqual([
      "id",
      "name",
      "username",
      "email",
      "profile_image_url",
      "tier_id",
    ]);

    const last = await expectJson(
      await call("GET", `/api/v1/users?page=${first.total_count}&items_per_page=1`),
      200,
    );
    expect(last).toMatchObject({ data: [expect.any(Object)], has_more: false });
    const beyond = await expectJson(
      await call("GET", `/api/v1/users?page=${first.total_count + 1}&items_per_page=1`),
      200,
    );
    expect(beyond).toMatchObject({ data: [], has_more: false });
    const empty = await expectJson(await call("GET", "/api/v1/users?items_per_page=0"), 200);
    expect(empty).toMatchObject({ data: [], has_more: true, page: 1, items_per_page: 0 });
  });

  it("answers int_parsing for a non-integer page, and a 500 for page < 1", async () => {
    await expectValidationErrors(
      await call("GET", "/api/v1/users?page=abc&items_per_page=1.5"),
      {
        type: "int_parsing",
        loc: ["query", "page"],
        msg: "Input should be a valid integer, unable to parse string as an integer",
        input: "abc",
      },
      {
        type: "int_parsing",
        loc: ["query", "items_per_page"],
        msg: "Input should be a valid integer, unable to parse string as an integer",
        input: "1.5",
      },
    );
    await expectUnhandledServerError(await call("GET", "/api/v1/users?page=0"));
  });
});

describe("GET /api/v1/user/me/ and /api/v1/user/{username}", () => {
  it("answers the token's user at /user/me/ (with the slash)", async () => {
    const { accessToken, user } = await signUp();
    expect(await expectJson(await me(accessToken), 200)).toEqual(user);
  });

  it("treats /user/me without the slash as the user named 'me'", async () => {
    const { accessToken } = await signUp();
    const response = await call("GET", "/api/v1/user/me", { token: accessToken });
    await expectDetail(response, 404, "User not found");
  });

  it("serves public profiles and 404s unknown names", async () => {
    const user = await register();
    expect(await expectJson(await call("GET", `/api/v1/user/${user.username}`), 200)).toEqual(user);
    await expectDetail(await call("GET", `/api/v1/user/${uniqueName("nobody")}`), 404, "User not found");
  });
});

describe("PATCH /api/v1/user/{username}", () => {
  it("lets the owner update and answers a message", async () => {
    const { accessToken, username } = await signUp();
    const response = await call("PATCH", `/api/v1/user/${username}`, {
      token: accessToken,
      json: { name: "Renamed User" },
    });
    await expectIntended(response, async (intended) => {
      expect(await expectJson(intended, 200)).toEqual({ message: "User updated" });
      const profile = (await (await call("GET", `/api/v1/user/${username}`)).json()) as UserRead;
      expect(profile.name).toBe("Renamed User");
    });
  });

  it("forbids anyone else, superusers included, with the generic 403", async () => {
    const owner = await register();
    const { accessToken } = await signUp();
    const admin = await logInAsAdmin();
    for (const token of [accessToken, admin.accessToken]) {
      const response = await call("PATCH", `/api/v1/user/${owner.username}`, {
        token,
        json: { name: "Hijacked" },
      });
      await expectIntended(response, (intended) => expectDetail(intended, 403, FORBIDDEN));
    }
  });

  it("404s an unknown user and validates the body first", async () => {
    const { accessToken, username } = await signUp();
    const unknown = await call("PATCH", `/api/v1/user/${uniqueName("nobody")}`, {
      token: accessToken,
      json: {},
    });
    await expectDetail(unknown, 404, "User not found");
    const invalid = await call("PATCH", `/api/v1/user/${username}`, {
      token: accessToken,
      json: { profile_image_url: "not a url", is_superuser: true },
    });
    await expectValidationErrors(
      invalid,
      {
        type: "string_pattern_mismatch",
        loc: ["body", "profile_image_url"],
        msg: "String should match pattern '^(https?|ftp)://[^\\s/$.?#].[^\\s]*$'",
        input: "not a url",
        ctx: { pattern: "^(https?|ftp)://[^\\s/$.?#].[^\\s]*$" },
      },
      {
        type: "extra_forbidden",
        loc: ["body", "is_superuser"],
        msg: "Extra inputs are not permitted",
        input: true,
      },
    );
  });

  it("refuses another user's e-mail or username with 422 strings", async () => {
    const other = await register();
    const { accessToken, username } = await signUp();
    const path = `/api/v1/user/${username}`;
    const email = await call("PATCH", path, { token: accessToken, json: { email: other.email } });
    await expectIntended(email, (intended) => expectDetail(intended, 422, "Email is already registered"));
    const name = await call("PATCH", path, { token: accessToken, json: { username: other.username } });
    await expectIntended(name, (intended) => expectDetail(intended, 422, "Username not available"));
  });

  it.skipIf(backendIsPinned)(
    "makes every token of a renamed user unusable while /refresh still answers",
    async () => {
      const { accessToken, refreshToken, username } = await signUp();
      const renamed = uniqueName("ct");
      const response = await call("PATCH", `/api/v1/user/${username}`, {
        token: accessToken,
        json: { username: renamed },
      });
      expect(response.status).toBe(200);
      await expectDetail(await me(accessToken), 401, "User not authenticated.");
      const refreshed = await call("POST", "/api/v1/refresh", { refreshCookie: refreshToken });
      const { access_token } = (await expectJson(refreshed, 200)) as { access_token: string };
      await expectDetail(await me(access_token), 401, "User not authenticated.");
    },
  );
});

describe("DELETE /api/v1/user/{username} (soft delete)", () => {
  it("revokes the presented token, hides the user and keeps the name and e-mail reserved", async () => {
    const { accessToken, refreshToken, account } = await signUp();
    const response = await call("DELETE", `/api/v1/user/${account.username}`, { token: accessToken });
    expect(await expectJson(response, 200)).toEqual({ message: "User deleted" });
    expect(response.headers.getSetCookie()).toEqual([]);

    await expectDetail(await me(accessToken), 401, "User not authenticated.");
    expect((await call("POST", "/api/v1/refresh", { refreshCookie: refreshToken })).status).toBe(200);
    await expectDetail(await call("GET", `/api/v1/user/${account.username}`), 404, "User not found");
    const login = await call("POST", "/api/v1/login", {
      form: { username: account.username, password: account.password },
    });
    await expectDetail(login, 401, "Wrong username, email or password.");
    const list = (await (await call("GET", "/api/v1/users?items_per_page=100000")).json()) as {
      data: UserRead[];
    };
    expect(list.data.map((user) => user.username)).not.toContain(account.username);

    const again = await call("POST", "/api/v1/user", {
      json: { ...newAccount(), username: account.username },
    });
    await expectDetail(again, 422, "Username not available");
    const sameEmail = await call("POST", "/api/v1/user", { json: { ...newAccount(), email: account.email } });
    await expectDetail(sameEmail, 422, "Email is already registered");
  });

  it("forbids deleting someone else (generic 403) and 404s unknown users", async () => {
    const other = await register();
    const { accessToken } = await signUp();
    await expectDetail(
      await call("DELETE", `/api/v1/user/${other.username}`, { token: accessToken }),
      403,
      FORBIDDEN,
    );
    const unknown = await call("DELETE", `/api/v1/user/${uniqueName("nobody")}`, { token: accessToken });
    await expectDetail(unknown, 404, "User not found");
  });
});

describe("DELETE /api/v1/db_user/{username} (hard delete)", () => {
  it("is for superusers only", async () => {
    const { accessToken, username } = await signUp();
    await expectDetail(
      await call("DELETE", `/api/v1/db_user/${username}`, { token: accessToken }),
      403,
      NOT_PRIVILEGED,
    );
  });

  it("frees the username and also blacklists the calling superuser's own token", async () => {
    const account = newAccount();
    await register(account);
    const admin = await logInAsAdmin();
    const response = await call("DELETE", `/api/v1/db_user/${account.username}`, {
      token: admin.accessToken,
    });
    expect(await expectJson(response, 200)).toEqual({ message: "User deleted from the database" });
    await expectDetail(await me(admin.accessToken), 401, "User not authenticated.");
    await register(account);

    await waitForNextSecond();
    const unknown = await call("DELETE", `/api/v1/db_user/${uniqueName("nobody")}`, {
      token: (await logInAsAdmin()).accessToken,
    });
    await expectDetail(unknown, 404, "User not found");
    await waitForNextSecond();
  });
});

describe("a user's tier and rate limits", () => {
  it("answers null for a user without a tier", async () => {
    const user = await register();
    const response = await call("GET", `/api/v1/user/${user.username}/tier`);
    await expectIntended(response, async (intended) => expect(await expectJson(intended, 200)).toBeNull());
  });

  it("lets a superuser set the tier, then shows the user joined with it", async () => {
    const user = await register();
    const admin = await logInAsAdmin();
    const tier = await createTier(admin.accessToken);
    const patch = await call("PATCH", `/api/v1/user/${user.username}/tier`, {
      token: admin.accessToken,
      json: { tier_id: tier.id },
    });
    await expectIntended(patch, async (intended) =>
      expect(await expectJson(intended, 200)).toEqual({ message: `User ${user.name} Tier updated` }),
    );

    const joined = await call("GET", `/api/v1/user/${user.username}/tier`);
    await expectIntended(joined, async (intended) =>
      expect(await expectJson(intended, 200)).toEqual({
        ...user,
        tier_id: tier.id,
        tier_name: tier.name,
        tier_created_at: tier.created_at,
      }),
    );
  });

  it("refuses tier changes from non-superusers and 404s unknown tiers", async () => {
    const { accessToken, username } = await signUp();
    const path = `/api/v1/user/${username}/tier`;
    await expectDetail(
      await call("PATCH", path, { token: accessToken, json: { tier_id: 1 } }),
      403,
      NOT_PRIVILEGED,
    );
    const admin = await logInAsAdmin();
    // The tier is checked before the line that crashes at b88fe20, so this 404 holds there too.
    const unknownTier = await call("PATCH", path, {
      token: admin.accessToken,
      json: { tier_id: 2_000_000_000 },
    });
    await expectDetail(unknownTier, 404, "Tier not found");
  });

  it("shows a superuser the user with their tier's rate limits", async () => {
    const user = await register();
    const admin = await logInAsAdmin();
    const path = `/api/v1/user/${user.username}/rate_limits`;
    const response = await call("GET", path, { token: admin.accessToken });
    await expectIntended(response, async (intended) =>
      expect(await expectJson(intended, 200)).toEqual({ ...user, tier_rate_limits: [] }),
    );
    const { accessToken } = await signUp();
    await expectDetail(await call("GET", path, { token: accessToken }), 403, NOT_PRIVILEGED);
  });
});

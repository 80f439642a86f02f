import { http, HttpResponse } from "msw";
import { revalidatePath } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { deleteAccountAction, updateProfileAction } from "@/actions/profile";
import type { ActionResult } from "@/lib/action-result";
import type { ProfileInput } from "@/lib/validations/profile";
import { KNOWN_DEVICE_COOKIE } from "@/lib/rate-limit/known-device";

import { SEED_DEMO, type SeedAccount } from "../../fixtures/seed";
import { TEST_FASTAPI_URL, mockBackend, server } from "../../mocks/node";
import { requestScope, setCookiesNamed } from "../../setup/next-request-scope";
import { redirectTarget } from "../../setup/redirect";
import {
  SESSION_EXPIRED,
  backendCallCount,
  browserTokens,
  expectUnavailable,
  makeBackendRefuseTokens,
  pydantic422,
  signInNewAccount,
  stillWorks,
  useDistinctTokens,
  whoIs,
} from "../helpers/action-session";
import { postForm } from "../helpers/post-form";

// Next's cache needs a running Next server; the tests only check which path the action asks to refresh.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
beforeEach(() => vi.mocked(revalidatePath).mockClear());

const USER_PATCH = "PATCH /api/v1/user/{username}";
const PASSWORD_NEEDED = { currentPassword: ["Enter your current password to confirm this change."] };
const WRONG_PASSWORD = { currentPassword: ["That password is not right."] };
const USER_DELETE = "DELETE /api/v1/user/{username}";
const ALL_COOKIES = [
  "better-auth.session_token",
  "better-auth.session_data",
  "access_token",
  "refresh_token",
];

const userRow = (username: string) => mockBackend.db.users.find((user) => user.username === username);
const rowById = (id: number) => mockBackend.db.users.find((user) => user.id === id);

/** The form's values for an account as it is now: submitting them unchanged changes nothing. */
const formOf = (account: SeedAccount): ProfileInput => ({
  name: account.name,
  username: account.username,
  email: account.email,
  imageUrl: "https://profileimageurl.com",
  currentPassword: "",
});

describe("updateProfileAction", () => {
  it("saves a new name without asking for the password", async () => {
    const me = await signInNewAccount();
    const tokens = browserTokens();

    const target = await redirectTarget(
      postForm(updateProfileAction, { ...formOf(me), name: "Renamed Person" }),
    );

    expect(target).toBe("/dashboard/profile?done=profile-updated");
    expect(userRow(me.username)).toMatchObject({ name: "Renamed Person" });
    expect(revalidatePath).toHaveBeenCalledWith("/dashboard", "layout");
    expect(browserTokens()).toEqual(tokens);
  });

  it("asks for the current password before changing the e-mail, a way to sign in, changing nothing", async () => {
    const me = await signInNewAccount();
    const before = { ...userRow(me.username)! };

    const result = await postForm(updateProfileAction, { ...formOf(me), email: "elsewhere@example.com" });

    expect(result).toEqual({ ok: false, reason: "invalid", fieldErrors: PASSWORD_NEEDED });
    expect(mockBackend.stats()[USER_PATCH]).toBeUndefined();
    expect(rowById(before.id)).toEqual(before);
  });

  it("refuses a wrong password for an e-mail change on its field, changing nothing", async () => {
    const me = await signInNewAccount();
    const before = { ...userRow(me.username)! };

    const result = await postForm(updateProfileAction, {
      ...formOf(me),
      email: "elsewhere@example.com",
      currentPassword: "not-my-password",
    });

    expect(result).toEqual({ ok: false, reason: "invalid", fieldErrors: WRONG_PASSWORD });
    expect(mockBackend.stats()[USER_PATCH]).toBeUndefined();
    expect(rowById(before.id)).toEqual(before);
  });

  it("changes the e-mail with the right password, keeps the session and leaves no extra live token", async () => {
    const me = await signInNewAccount();
    const tokens = await useDistinctTokens(me.username);
    const logins = () => mockBackend.stats()["POST /api/v1/login"] ?? 0;
    const loginsBefore = logins();
    const minted: string[] = [];
    server.events.on("response:mocked", async ({ request, response }) => {
      if (request.url.endsWith("/api/v1/login") && response.ok) {
        minted.push(((await response.clone().json()) as { access_token: string }).access_token);
      }
    });

    try {
      const target = await redirectTarget(
        postForm(updateProfileAction, {
          ...formOf(me),
          email: "elsewhere@example.com",
          currentPassword: me.password,
        }),
      );
      expect(target).toBe("/dashboard/profile?done=profile-updated");
    } finally {
      server.events.removeAllListeners();
    }

    expect(userRow(me.username)).toMatchObject({ email: "elsewhere@example.com" });
    expect(logins()).toBe(loginsBefore + 1);
    expect(browserTokens()).toEqual(tokens);
    expect(await stillWorks(tokens)).toEqual({ access: true, refresh: true });
    // The pair minted to prove the password is revoked.
    const [proof = ""] = minted;
    expect(proof).not.toBe(tokens.accessToken);
    expect(await whoIs(proof)).toBeUndefined();
  });

  it("answers ok and sends nothing when nothing changed", async () => {
    const me = await signInNewAccount();

    await expect(postForm(updateProfileAction, formOf(me))).resolves.toEqual({ ok: true, data: undefined });
    expect(mockBackend.stats()[USER_PATCH]).toBeUndefined();
  });

  it("asks for the current password before changing the username, changing nothing", async () => {
    const me = await signInNewAccount();

    const result = await postForm(updateProfileAction, { ...formOf(me), username: "brandnew1" });

    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: PASSWORD_NEEDED,
    });
    expect(mockBackend.stats()[USER_PATCH]).toBeUndefined();
    expect(userRow(me.username)).toBeDefined();
  });

  it("refuses a wrong current password on its field and changes nothing at the backend", async () => {
    const me = await signInNewAccount();
    const tokens = browserTokens();
    const before = { ...userRow(me.username)! };

    const result = await postForm(updateProfileAction, {
      ...formOf(me),
      name: "Other Name",
      username: "brandnew2",
      currentPassword: "not-my-password",
    });

    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { currentPassword: ["That password is not right."] },
    });
    expect(mockBackend.stats()[USER_PATCH]).toBeUndefined();
    expect(rowById(before.id)).toEqual(before);
    expect(await stillWorks(tokens)).toEqual({ access: true, refresh: true });
  });

  it("renames with the right password, revokes the old tokens and signs in again under the new name", async () => {
    const me = await signInNewAccount();
    const oldTokens = await useDistinctTokens(me.username);

    const target = await redirectTarget(
      postForm(updateProfileAction, { ...formOf(me), username: "renamed3", currentPassword: me.password }),
    );

    expect(target).toBe("/dashboard/profile?done=username-changed");
    expect(userRow("renamed3")).toMatchObject({ email: me.email, is_deleted: false });
    expect(userRow(me.username)).toBeUndefined();
    expect(await stillWorks(oldTokens)).toEqual({ access: false, refresh: false });
    const newTokens = browserTokens();
    expect(newTokens.accessToken).not.toBe(oldTokens.accessToken);
    expect(await whoIs(newTokens.accessToken)).toBe("renamed3");
    expect((await stillWorks(newTokens)).refresh).toBe(true);

    // The new session cookie names the new user: the next action works under the new name.
    await expect(
      redirectTarget(
        postForm(updateProfileAction, { ...formOf({ ...me, username: "renamed3" }), name: "Still Me" }),
      ),
    ).resolves.toBe("/dashboard/profile?done=profile-updated");
    expect(userRow("renamed3")?.name).toBe("Still Me");
  });

  it("sends the user to sign in by hand when the new sign-in fails after the rename", async () => {
    const me = await signInNewAccount();
    let logins = 0;
    server.use(
      http.post(`${TEST_FASTAPI_URL}/api/v1/login`, () => {
        logins += 1;
        // The first login proves the password; the second, under the new name, fails.
        return logins === 2 ? new HttpResponse("Internal Server Error", { status: 500 }) : undefined;
      }),
    );

    const target = await redirectTarget(
      postForm(updateProfileAction, { ...formOf(me), username: "renamed4", currentPassword: me.password }),
    );

    expect(target).toBe("/login?reason=username-changed");
    expect(userRow("renamed4")).toBeDefined();
    // What stays is the known-device mark (sign-in throttling): no credential, and meant to outlive sessions.
    expect([...requestScope.browserCookies.keys()]).toEqual([KNOWN_DEVICE_COOKIE]);
  });

  it.each([
    {
      conflict: "a taken username",
      change: { username: SEED_DEMO.username },
      field: { username: ["This username is taken."] },
    },
    {
      conflict: "a registered e-mail",
      change: { email: SEED_DEMO.email },
      field: { email: ["An account with this e-mail already exists."] },
    },
  ])("puts FastAPI's 422 for $conflict on its field and changes nothing", async ({ change, field }) => {
    const me = await signInNewAccount();
    await useDistinctTokens(me.username);
    const before = { ...userRow(me.username)! };

    const result = await postForm(updateProfileAction, {
      ...formOf(me),
      ...change,
      currentPassword: me.password,
    });

    expect(result).toEqual({ ok: false, reason: "invalid", fieldErrors: field });
    expect(rowById(before.id)).toEqual(before);
  });

  it("refuses invalid input on the right fields without calling the backend", async () => {
    const me = await signInNewAccount();
    const calls = backendCallCount();

    const result = await postForm(updateProfileAction, {
      ...formOf(me),
      name: "x",
      username: "Not Valid",
      email: "nope",
      imageUrl: "ftp:/broken",
    });

    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: {
        name: ["Your name needs at least 2 characters."],
        username: ["Use 2–20 lowercase letters or digits."],
        email: ["Enter a valid e-mail address."],
        imageUrl: [expect.stringContaining("full address")],
      },
    });
    expect(backendCallCount()).toBe(calls);
  });

  it("maps FastAPI's pydantic 422 on profile_image_url onto the imageUrl field", async () => {
    const me = await signInNewAccount();
    server.use(
      http.patch(`${TEST_FASTAPI_URL}/api/v1/user/:username`, () =>
        HttpResponse.json(pydantic422("profile_image_url", "String should match pattern"), { status: 422 }),
      ),
    );

    const result = await postForm(updateProfileAction, {
      ...formOf(me),
      imageUrl: "https://example.com/me.png",
    });

    expect(result).toMatchObject({
      reason: "invalid",
      fieldErrors: { imageUrl: ["String should match pattern"] },
    });
  });

  it("keeps the session alive when a rename is refused within the second of signing in", async () => {
    vi.setSystemTime(new Date());
    try {
      const me = await signInNewAccount();

      const result = await postForm(updateProfileAction, {
        ...formOf(me),
        username: SEED_DEMO.username,
        currentPassword: me.password,
      });

      expect(result).toMatchObject({ fieldErrors: { username: ["This username is taken."] } });
      expect(await stillWorks(browserTokens())).toEqual({ access: true, refresh: true });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("deleteAccountAction", () => {
  it("refuses a confirmation that is not the username and deletes nothing", async () => {
    const me = await signInNewAccount();

    const result = await postForm(deleteAccountAction, {
      confirmation: me.username.toUpperCase(),
      currentPassword: me.password,
    });

    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { confirmation: ["Type your username exactly as shown to confirm."] },
    });
    expect(userRow(me.username)?.is_deleted).toBe(false);
    expect(mockBackend.stats()[USER_DELETE]).toBeUndefined();
  });

  it("refuses an empty confirmation on its field", async () => {
    await signInNewAccount();

    await expect(postForm(deleteAccountAction, { confirmation: "  " })).resolves.toMatchObject({
      reason: "invalid",
      fieldErrors: { confirmation: ["Type your username to confirm."] },
    });
  });

  it.each([
    ["without the password", "", PASSWORD_NEEDED],
    ["with a wrong password", "not-my-password", WRONG_PASSWORD],
  ])("refuses %s on the password field and deletes nothing", async (_case, currentPassword, fieldErrors) => {
    const me = await signInNewAccount();
    const tokens = browserTokens();

    const result = await postForm(deleteAccountAction, { confirmation: me.username, currentPassword });

    expect(result).toEqual({ ok: false, reason: "invalid", fieldErrors });
    expect(userRow(me.username)?.is_deleted).toBe(false);
    expect(mockBackend.stats()[USER_DELETE]).toBeUndefined();
    expect(await stillWorks(tokens)).toEqual({ access: true, refresh: true });
  });

  it("soft-deletes the account, clears every cookie and says goodbye on the login page", async () => {
    const me = await signInNewAccount();

    const target = await redirectTarget(
      postForm(deleteAccountAction, { confirmation: me.username, currentPassword: me.password }),
    );

    expect(target).toBe("/login?reason=account-deleted");
    expect(userRow(me.username)?.is_deleted).toBe(true);
    for (const name of ALL_COOKIES) expect(setCookiesNamed(name).at(-1)?.maxAge, name).toBe(0);
    // What stays is the known-device mark (sign-in throttling): no credential, and meant to outlive sessions.
    expect([...requestScope.browserCookies.keys()]).toEqual([KNOWN_DEVICE_COOKIE]);
  });
});

// The same failure handling for both actions. `run` gets the signed-in account.
const ACTIONS: {
  name: string;
  method: "patch" | "delete";
  run: (me: SeedAccount) => Promise<ActionResult>;
}[] = [
  {
    name: "updateProfileAction",
    method: "patch",
    run: (me) => postForm(updateProfileAction, { ...formOf(me), name: "Changed Name" }),
  },
  {
    name: "deleteAccountAction",
    method: "delete",
    run: (me) => postForm(deleteAccountAction, { confirmation: me.username, currentPassword: me.password }),
  },
];

describe.each(ACTIONS)("$name failures", ({ method, run }) => {
  async function signedIn() {
    const me = await signInNewAccount();
    const before = { ...userRow(me.username)! };
    return { me, unchanged: () => expect(rowById(before.id)).toEqual(before) };
  }

  it.each([
    [403, "Request forbidden -- authorization will not help", "forbidden", "You are not allowed to do this."],
    [404, "User not found", "not-found", "User not found"],
  ])("reports FastAPI's %i as a typed failure", async (status, detail, reason, message) => {
    const { me, unchanged } = await signedIn();
    server.use(
      http[method](`${TEST_FASTAPI_URL}/api/v1/user/:username`, () =>
        HttpResponse.json({ detail }, { status }),
      ),
    );

    await expect(run(me)).resolves.toEqual({ ok: false, reason, message });
    unchanged();
  });

  it("reports a plain-text 500 as unavailable without the raw body, changing nothing", async () => {
    const { me, unchanged } = await signedIn();
    mockBackend.setFaults({ mode: "error", match: method.toUpperCase() + " " });

    expectUnavailable(await run(me));
    unchanged();
  });

  it("returns session-expired without redirecting when there is no session cookie", async () => {
    const { me, unchanged } = await signedIn();
    requestScope.browserCookies.clear();
    const calls = backendCallCount();

    await expect(run(me)).resolves.toEqual(SESSION_EXPIRED);
    expect(backendCallCount()).toBe(calls);
    unchanged();
  });

  it("returns session-expired without redirecting when FastAPI refuses the refresh token", async () => {
    const { me, unchanged } = await signedIn();
    await makeBackendRefuseTokens(me.username);

    await expect(run(me)).resolves.toEqual(SESSION_EXPIRED);
    expect(mockBackend.stats()["POST /api/v1/refresh"]).toBe(1);
    unchanged();
  });
});

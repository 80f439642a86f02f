import { http, HttpResponse } from "msw";
import { revalidatePath } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { hardDeleteUserAction, setUserTierAction } from "@/actions/admin-users";
import type { ActionResult } from "@/lib/action-result";
import { SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/api/errors";

import { SEED_DEMO, type SeedAccount } from "../../fixtures/seed";
import { TEST_FASTAPI_URL, mockBackend, server } from "../../mocks/node";
import { setCookiesNamed } from "../../setup/next-request-scope";
import {
  backendCallCount,
  browserTokens,
  expectUnavailable,
  pydantic422,
  registerAccount,
  signInNewAdmin,
  stillWorks,
  useDistinctTokens,
  whoIs,
} from "../helpers/action-session";
import { itGuardsSuperuserAction } from "../helpers/superuser-action-checks";
import { postForm } from "../helpers/post-form";

// Next's cache needs a running Next server; the tests only check which path the action asks to refresh.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const ADMIN_USERS_PATH = "/dashboard/admin/users";

const userRow = (username: string) => mockBackend.db.users.find((user) => user.username === username);
let proTierId: number;
/** An account without posts, so FastAPI can hard-delete it; created before each test. */
let victim: SeedAccount;

beforeEach(async () => {
  vi.mocked(revalidatePath).mockClear();
  proTierId = mockBackend.db.tiers.insert({ name: "pro", created_at: new Date() }).id;
  victim = await registerAccount();
});

describe("setUserTierAction", () => {
  it("moves the user to the chosen tier", async () => {
    await signInNewAdmin();

    await expect(
      postForm(setUserTierAction.bind(null, SEED_DEMO.username), { tierId: String(proTierId) }),
    ).resolves.toEqual({
      ok: true,
      data: undefined,
    });

    expect(userRow(SEED_DEMO.username)?.tier_id).toBe(proTierId);
    expect(revalidatePath).toHaveBeenCalledWith(ADMIN_USERS_PATH);
  });

  it.each(["", "abc", "0", "-1"])(
    "refuses the tier id %j on its field without calling the backend",
    async (tierId) => {
      await signInNewAdmin();
      const calls = backendCallCount();

      await expect(
        postForm(setUserTierAction.bind(null, SEED_DEMO.username), { tierId }),
      ).resolves.toMatchObject({
        ok: false,
        reason: "invalid",
        fieldErrors: { tierId: [expect.any(String)] },
      });
      expect(backendCallCount()).toBe(calls);
    },
  );

  it("maps a pydantic 422 on tier_id onto the tierId field", async () => {
    await signInNewAdmin();
    server.use(
      http.patch(`${TEST_FASTAPI_URL}/api/v1/user/:username/tier`, () =>
        HttpResponse.json(pydantic422("tier_id", "Input should be a valid integer"), { status: 422 }),
      ),
    );

    await expect(
      postForm(setUserTierAction.bind(null, SEED_DEMO.username), { tierId: "2" }),
    ).resolves.toMatchObject({
      reason: "invalid",
      fieldErrors: { tierId: ["Input should be a valid integer"] },
    });
  });

  it.each([
    ["an unknown user", "nobody", () => String(proTierId), "User not found"],
    ["an unknown tier", SEED_DEMO.username, () => "999", "Tier not found"],
  ])("answers not-found for %s and changes nothing", async (_case, username, tierId, message) => {
    await signInNewAdmin();
    const before = userRow(SEED_DEMO.username)?.tier_id;

    await expect(postForm(setUserTierAction.bind(null, username), { tierId: tierId() })).resolves.toEqual({
      ok: false,
      reason: "not-found",
      message,
    });
    expect(userRow(SEED_DEMO.username)?.tier_id).toBe(before);
  });
});

describe("hardDeleteUserAction", () => {
  it("deletes the user for good and keeps the admin signed in with a new access token", async () => {
    const admin = await signInNewAdmin();
    // Tokens minted apart from this second's, so the new access token cannot equal the revoked one
    // (docs/fastapi-contract.md §2).
    const before = await useDistinctTokens(admin.username);

    await expect(hardDeleteUserAction(victim.username)).resolves.toEqual({ ok: true, data: undefined });

    expect(userRow(victim.username)).toBeUndefined();
    expect(revalidatePath).toHaveBeenCalledWith(ADMIN_USERS_PATH);
    // FastAPI blacklisted the admin's token; a new one was stored and works.
    expect((await stillWorks(before)).access).toBe(false);
    const [stored] = setCookiesNamed("access_token");
    expect(stored?.value).toBeTruthy();
    expect(stored?.value).not.toBe(before.accessToken);
    expect(browserTokens().accessToken).toBe(stored?.value);
    expect(await whoIs(stored!.value)).toBe(admin.username);
  });

  it("refuses to let admins delete themselves, without calling the backend", async () => {
    const admin = await signInNewAdmin();
    const calls = backendCallCount();

    await expect(hardDeleteUserAction(admin.username)).resolves.toEqual({
      ok: false,
      reason: "invalid",
      message: "You cannot delete yourself here. Use “Delete your account” on your profile.",
    });
    expect(backendCallCount()).toBe(calls);
    expect(userRow(admin.username)).toBeDefined();
  });

  it("explains that a user with posts cannot be deleted, and keeps them", async () => {
    await signInNewAdmin();

    await expect(hardDeleteUserAction(SEED_DEMO.username)).resolves.toEqual({
      ok: false,
      reason: "invalid",
      message: `@${SEED_DEMO.username} has written posts, so they cannot be removed from the database.`,
    });
    expect(userRow(SEED_DEMO.username)).toBeDefined();
  });

  it("answers not-found for an unknown user", async () => {
    await signInNewAdmin();

    await expect(hardDeleteUserAction("nobody")).resolves.toEqual({
      ok: false,
      reason: "not-found",
      message: "User not found",
    });
  });

  it("reports a plain-text 500 of a backend that is down as unavailable", async () => {
    await signInNewAdmin();
    mockBackend.setFaults({ mode: "error", match: "db_user" });

    expectUnavailable(await hardDeleteUserAction(victim.username));
  });

  it("reports an unreachable backend as unavailable", async () => {
    await signInNewAdmin();
    server.use(http.delete(`${TEST_FASTAPI_URL}/api/v1/db_user/:username`, () => HttpResponse.error()));

    await expect(hardDeleteUserAction(victim.username)).resolves.toEqual({
      ok: false,
      reason: "unavailable",
      message: SERVICE_UNAVAILABLE_MESSAGE,
    });
    expect(userRow(victim.username)).toBeDefined();
  });
});

describe.each([
  [
    "setUserTierAction",
    (username: string) => postForm(setUserTierAction.bind(null, username), { tierId: "1" }),
  ],
  ["hardDeleteUserAction", (username: string) => hardDeleteUserAction(username)],
])("%s with a username no form could send", (_name, run) => {
  it.each(["", "Upper", "a/b", "x"])(
    "answers not-found for %j without calling the backend",
    async (username) => {
      await signInNewAdmin();
      const calls = backendCallCount();

      await expect(run(username)).resolves.toEqual({
        ok: false,
        reason: "not-found",
        message: "This user does not exist.",
      });
      expect(backendCallCount()).toBe(calls);
    },
  );
});

// The same access and failure handling for both actions, aimed at the victim account.
const ACTIONS: { name: string; run: () => Promise<ActionResult> }[] = [
  {
    name: "setUserTierAction",
    run: () => postForm(setUserTierAction.bind(null, victim.username), { tierId: String(proTierId) }),
  },
  { name: "hardDeleteUserAction", run: () => hardDeleteUserAction(victim.username) },
];

describe.each(ACTIONS)("$name access and failures", ({ run }) => {
  itGuardsSuperuserAction(run, () => expect(userRow(victim.username)).toMatchObject({ tier_id: null }));
});

describe("setUserTierAction with FastAPI down", () => {
  it("reports a plain-text 500 as unavailable without the raw body", async () => {
    await signInNewAdmin();
    mockBackend.setFaults({ mode: "error" });

    expectUnavailable(
      await postForm(setUserTierAction.bind(null, victim.username), { tierId: String(proTierId) }),
    );
  });
});

import { http, HttpResponse } from "msw";
import { revalidatePath } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { createTierAction, deleteTierAction, renameTierAction } from "@/actions/tiers";
import type { ActionResult } from "@/lib/action-result";

import { SEED_DEMO, SEED_TIER_NAME } from "../../fixtures/seed";
import { TEST_FASTAPI_URL, mockBackend, server } from "../../mocks/node";
import { backendCallCount, expectUnavailable, pydantic422, signInNewAdmin } from "../helpers/action-session";
import { itGuardsSuperuserAction } from "../helpers/superuser-action-checks";
import { postForm } from "../helpers/post-form";

// Next's cache needs a running Next server; the tests only check which path the action asks to refresh.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const TIERS_PATH = "/dashboard/admin/tiers";
/** A tier nobody holds, added before each test. */
const SPARE = "pro";

const tierNames = () => mockBackend.db.tiers.filter().map((tier) => tier.name);
const tierNamed = (name: string) => mockBackend.db.tiers.find((tier) => tier.name === name);

beforeEach(() => {
  vi.mocked(revalidatePath).mockClear();
  mockBackend.db.tiers.insert({ name: SPARE, created_at: new Date() });
});

describe("createTierAction", () => {
  it("creates the tier and refreshes the tier list", async () => {
    await signInNewAdmin();

    await expect(postForm(createTierAction, { name: " gold " })).resolves.toEqual({
      ok: true,
      data: undefined,
    });

    expect(tierNames()).toContain("gold");
    expect(revalidatePath).toHaveBeenCalledWith(TIERS_PATH);
  });

  it.each(["", "   ", "a/b", "-dash", "x".repeat(31)])(
    "refuses the name %j on its field without calling the backend",
    async (name) => {
      await signInNewAdmin();
      const calls = backendCallCount();

      await expect(postForm(createTierAction, { name })).resolves.toMatchObject({
        reason: "invalid",
        fieldErrors: { name: ["Use 1–30 letters, digits, spaces, dashes or underscores."] },
      });
      expect(backendCallCount()).toBe(calls);
    },
  );

  it("puts FastAPI's 'Tier Name not available' on the name field", async () => {
    await signInNewAdmin();

    await expect(postForm(createTierAction, { name: SEED_TIER_NAME })).resolves.toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { name: ["A tier with this name already exists."] },
    });
    expect(tierNames().filter((name) => name === SEED_TIER_NAME)).toHaveLength(1);
  });

  it("puts a pydantic 422 list on its field", async () => {
    await signInNewAdmin();
    server.use(
      http.post(`${TEST_FASTAPI_URL}/api/v1/tier`, () =>
        HttpResponse.json(pydantic422("name", "Input should be a valid string"), { status: 422 }),
      ),
    );

    await expect(postForm(createTierAction, { name: "gold" })).resolves.toMatchObject({
      reason: "invalid",
      fieldErrors: { name: ["Input should be a valid string"] },
    });
  });
});

describe("renameTierAction", () => {
  it("renames the tier; its holders keep it", async () => {
    await signInNewAdmin();
    const free = tierNamed(SEED_TIER_NAME)!;

    await expect(postForm(renameTierAction.bind(null, SEED_TIER_NAME), { name: "basic" })).resolves.toEqual({
      ok: true,
      data: undefined,
    });

    expect(tierNamed("basic")?.id).toBe(free.id);
    expect(tierNamed(SEED_TIER_NAME)).toBeUndefined();
    expect(revalidatePath).toHaveBeenCalledWith(TIERS_PATH);
  });

  it("refuses a name another tier has on the name field and renames nothing", async () => {
    await signInNewAdmin();

    await expect(postForm(renameTierAction.bind(null, SEED_TIER_NAME), { name: SPARE })).resolves.toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { name: ["A tier with this name already exists."] },
    });
    expect(tierNames()).toEqual([SEED_TIER_NAME, SPARE]);
    expect(mockBackend.stats()["PATCH /api/v1/tier/{name}"]).toBeUndefined();
  });

  it("refuses an invalid new name on its field", async () => {
    await signInNewAdmin();

    await expect(postForm(renameTierAction.bind(null, SPARE), { name: "no/slash" })).resolves.toMatchObject({
      reason: "invalid",
      fieldErrors: { name: [expect.any(String)] },
    });
    expect(tierNames()).toEqual([SEED_TIER_NAME, SPARE]);
  });

  it("answers not-found for an unknown tier", async () => {
    await signInNewAdmin();

    await expect(postForm(renameTierAction.bind(null, "missing"), { name: "other" })).resolves.toEqual({
      ok: false,
      reason: "not-found",
      message: "Tier not found",
    });
  });
});

describe("deleteTierAction", () => {
  it("deletes a tier nobody holds", async () => {
    await signInNewAdmin();

    await expect(deleteTierAction(SPARE)).resolves.toEqual({ ok: true, data: undefined });

    expect(tierNames()).toEqual([SEED_TIER_NAME]);
    expect(revalidatePath).toHaveBeenCalledWith(TIERS_PATH);
  });

  it("refuses a tier users still hold, naming them, and keeps it", async () => {
    const admin = await signInNewAdmin();

    const result = await deleteTierAction(SEED_TIER_NAME);

    // Every account here holds "free": the two seeded ones; the new admin has no tier.
    expect(admin.username).not.toBe("admin");
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      message: `The tier “${SEED_TIER_NAME}” is still assigned to @admin, @${SEED_DEMO.username}. Move them to another tier first.`,
    });
    expect(tierNamed(SEED_TIER_NAME)).toBeDefined();
    expect(mockBackend.stats()["DELETE /api/v1/tier/{name}"]).toBeUndefined();
  });

  it("names at most three holders and counts the rest", async () => {
    await signInNewAdmin();
    const spare = tierNamed(SPARE)!;
    for (const username of ["h1", "h2", "h3", "h4", "h5"]) {
      mockBackend.db.users.insert({
        name: "Holder",
        username,
        email: `${username}@example.com`,
        password: "x",
        profile_image_url: "https://profileimageurl.com",
        tier_id: spare.id,
        is_superuser: false,
        is_deleted: false,
        created_at: new Date(),
      });
    }

    const result = await deleteTierAction(SPARE);

    expect(result).toMatchObject({
      reason: "invalid",
      message: expect.stringContaining("@h1, @h2, @h3 and 2 more."),
    });
    expect(tierNamed(SPARE)).toBeDefined();
  });

  it("refuses a tier that still has rate limits with a clear message, not 'unavailable'", async () => {
    await signInNewAdmin();
    const spare = tierNamed(SPARE)!;
    mockBackend.db.rateLimits.insert({
      tier_id: spare.id,
      name: "pro:posts",
      path: "api_v1_posts",
      limit: 10,
      period: 60,
      created_at: new Date(),
      updated_at: null,
    });

    const result = await deleteTierAction(SPARE);

    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(tierNamed(SPARE)).toBeDefined();
  });

  it("answers not-found for an unknown tier", async () => {
    await signInNewAdmin();

    await expect(deleteTierAction("missing")).resolves.toEqual({
      ok: false,
      reason: "not-found",
      message: "Tier not found",
    });
  });
});

describe.each([
  ["renameTierAction", (name: string) => postForm(renameTierAction.bind(null, name), { name: "other" })],
  ["deleteTierAction", (name: string) => deleteTierAction(name)],
])("%s with a name that is not a tier name", (_name, run) => {
  it.each(["", "../etc", "a/b", "x".repeat(40)])(
    "answers not-found for %j without calling the backend",
    async (name) => {
      await signInNewAdmin();
      const calls = backendCallCount();

      await expect(run(name)).resolves.toEqual({
        ok: false,
        reason: "not-found",
        message: "This tier does not exist.",
      });
      expect(backendCallCount()).toBe(calls);
    },
  );
});

// The same access and failure handling for every tier action, each aimed at the spare tier nobody holds.
const ACTIONS: { name: string; run: () => Promise<ActionResult> }[] = [
  { name: "createTierAction", run: () => postForm(createTierAction, { name: "gold" }) },
  { name: "renameTierAction", run: () => postForm(renameTierAction.bind(null, SPARE), { name: "gold" }) },
  { name: "deleteTierAction", run: () => deleteTierAction(SPARE) },
];

describe.each(ACTIONS)("$name access and failures", ({ run }) => {
  const unchanged = () => expect(tierNames()).toEqual([SEED_TIER_NAME, SPARE]);

  itGuardsSuperuserAction(run, unchanged);

  it("reports a plain-text 500 as unavailable without the raw body", async () => {
    await signInNewAdmin();
    mockBackend.setFaults({ mode: "error" });

    expectUnavailable(await run());
    unchanged();
  });
});

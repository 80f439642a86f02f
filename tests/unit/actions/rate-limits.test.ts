import { http, HttpResponse } from "msw";
import { revalidatePath } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { createRateLimitAction, deleteRateLimitAction, updateRateLimitAction } from "@/actions/rate-limits";
import type { ActionResult } from "@/lib/action-result";
import type { RateLimitFormInput } from "@/lib/validations/admin";

import { SEED_TIER_NAME } from "../../fixtures/seed";
import { TEST_FASTAPI_URL, mockBackend, server } from "../../mocks/node";
import { backendCallCount, expectUnavailable, pydantic422, signInNewAdmin } from "../helpers/action-session";
import { itGuardsSuperuserAction } from "../helpers/superuser-action-checks";
import { postForm } from "../helpers/post-form";

// Next's cache needs a running Next server; the tests only check which path the action asks to refresh.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
beforeEach(() => vi.mocked(revalidatePath).mockClear());

const VALID: RateLimitFormInput = { name: "posts:10:60", path: "/api/v1/posts/", limit: "10", period: "60" };
/** The seeded "tasks:5:60" row of the free tier. */
const SEEDED_NAME = "tasks:5:60";

const freeTierId = () => mockBackend.db.tiers.find((tier) => tier.name === SEED_TIER_NAME)!.id;
const seededRow = () => mockBackend.db.rateLimits.find((row) => row.name === SEEDED_NAME)!;
const snapshot = () => mockBackend.db.rateLimits.filter().map((row) => ({ ...row }));

describe("createRateLimitAction", () => {
  it("creates the rate limit on the tier, as FastAPI stores the path, and refreshes the tier page", async () => {
    await signInNewAdmin();

    await expect(postForm(createRateLimitAction.bind(null, SEED_TIER_NAME), VALID)).resolves.toEqual({
      ok: true,
      data: undefined,
    });

    const created = mockBackend.db.rateLimits.find((row) => row.name === VALID.name);
    expect(created).toMatchObject({ tier_id: freeTierId(), path: "api_v1_posts", limit: 10, period: 60 });
    expect(revalidatePath).toHaveBeenCalledWith(`/dashboard/admin/tiers/${SEED_TIER_NAME}`);
  });

  it("refuses invalid input on the right fields without calling the backend", async () => {
    await signInNewAdmin();
    const calls = backendCallCount();

    const result = await postForm(createRateLimitAction.bind(null, SEED_TIER_NAME), {
      name: " ",
      path: "",
      limit: "0",
      period: "1.5",
    });

    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: {
        name: ["Give the rate limit a name."],
        path: [expect.stringContaining("Enter the API path")],
        limit: ["The limit must be at least 1."],
        period: ["Enter the period as a whole number."],
      },
    });
    expect(backendCallCount()).toBe(calls);
  });

  it("puts FastAPI's 'Rate Limit Name not available' on the name field", async () => {
    await signInNewAdmin();
    const before = snapshot();

    await expect(
      postForm(createRateLimitAction.bind(null, SEED_TIER_NAME), { ...VALID, name: SEEDED_NAME }),
    ).resolves.toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { name: ["This tier already has a rate limit with this name."] },
    });
    expect(snapshot()).toEqual(before);
  });

  it("puts a pydantic 422 list on its field", async () => {
    await signInNewAdmin();
    server.use(
      http.post(`${TEST_FASTAPI_URL}/api/v1/tier/:tier_name/rate_limit`, () =>
        HttpResponse.json(pydantic422("path", "Input should be a valid string"), { status: 422 }),
      ),
    );

    await expect(postForm(createRateLimitAction.bind(null, SEED_TIER_NAME), VALID)).resolves.toMatchObject({
      reason: "invalid",
      fieldErrors: { path: ["Input should be a valid string"] },
    });
  });

  it("answers not-found for an unknown tier", async () => {
    await signInNewAdmin();

    await expect(postForm(createRateLimitAction.bind(null, "missing"), VALID)).resolves.toEqual({
      ok: false,
      reason: "not-found",
      message: "Tier not found",
    });
  });
});

describe("updateRateLimitAction", () => {
  it("saves the new values", async () => {
    await signInNewAdmin();
    const { id } = seededRow();

    await expect(
      postForm(updateRateLimitAction.bind(null, SEED_TIER_NAME, id), {
        ...VALID,
        name: "tasks:9:30",
        limit: "9",
        period: "30",
      }),
    ).resolves.toEqual({ ok: true, data: undefined });

    expect(mockBackend.db.rateLimits.find((row) => row.id === id)).toMatchObject({
      name: "tasks:9:30",
      path: "api_v1_posts",
      limit: 9,
      period: 30,
    });
    expect(revalidatePath).toHaveBeenCalledWith(`/dashboard/admin/tiers/${SEED_TIER_NAME}`);
  });

  it("refuses invalid input on the right fields without calling the backend", async () => {
    await signInNewAdmin();
    const calls = backendCallCount();

    await expect(
      postForm(updateRateLimitAction.bind(null, SEED_TIER_NAME, seededRow().id), {
        ...VALID,
        limit: "99999999999",
      }),
    ).resolves.toMatchObject({
      reason: "invalid",
      fieldErrors: { limit: ["Enter the limit as a whole number."] },
    });
    expect(backendCallCount()).toBe(calls);
  });

  it("refuses a name another rate limit has on the name field", async () => {
    await signInNewAdmin();
    const before = snapshot();

    const result = await postForm(updateRateLimitAction.bind(null, SEED_TIER_NAME, seededRow().id), {
      ...VALID,
      name: "users:30:60",
    });

    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { name: [expect.any(String)] },
    });
    expect(snapshot()).toEqual(before);
  });

  it.each([
    ["an unknown id", SEED_TIER_NAME, 9999, "Rate Limit not found"],
    ["an unknown tier", "missing", 1, "Tier not found"],
  ])("answers not-found for %s", async (_case, tierName, id, message) => {
    await signInNewAdmin();

    await expect(postForm(updateRateLimitAction.bind(null, tierName, id), VALID)).resolves.toEqual({
      ok: false,
      reason: "not-found",
      message,
    });
  });

  it("answers not-found for a rate limit of another tier and changes it not", async () => {
    await signInNewAdmin();
    mockBackend.db.tiers.insert({ name: "pro", created_at: new Date() });
    const before = snapshot();

    await expect(postForm(updateRateLimitAction.bind(null, "pro", seededRow().id), VALID)).resolves.toEqual({
      ok: false,
      reason: "not-found",
      message: "Rate Limit not found",
    });
    expect(snapshot()).toEqual(before);
  });
});

describe("deleteRateLimitAction", () => {
  it("deletes the rate limit", async () => {
    await signInNewAdmin();
    const { id } = seededRow();

    await expect(deleteRateLimitAction(SEED_TIER_NAME, id)).resolves.toEqual({ ok: true, data: undefined });

    expect(mockBackend.db.rateLimits.find((row) => row.id === id)).toBeUndefined();
    expect(revalidatePath).toHaveBeenCalledWith(`/dashboard/admin/tiers/${SEED_TIER_NAME}`);
  });

  it("answers not-found for an unknown id", async () => {
    await signInNewAdmin();

    await expect(deleteRateLimitAction(SEED_TIER_NAME, 9999)).resolves.toEqual({
      ok: false,
      reason: "not-found",
      message: "Rate Limit not found",
    });
  });
});

type BadArguments = [description: string, tierName: string, id: number];
const BAD_TIER: BadArguments[] = [
  ["a tier name with a slash", "a/b", 1],
  ["an empty tier name", "", 1],
];
const BAD_ID: BadArguments[] = [["a negative id", SEED_TIER_NAME, -3]];

describe.each([
  {
    name: "createRateLimitAction",
    cases: BAD_TIER,
    run: (tier: string) => postForm(createRateLimitAction.bind(null, tier), VALID),
  },
  {
    name: "updateRateLimitAction",
    cases: [...BAD_TIER, ...BAD_ID],
    run: (tier: string, id: number) => postForm(updateRateLimitAction.bind(null, tier, id), VALID),
  },
  {
    name: "deleteRateLimitAction",
    cases: [...BAD_TIER, ...BAD_ID],
    run: (tier: string, id: number) => deleteRateLimitAction(tier, id),
  },
])("$name with arguments no form could send", ({ cases, run }) => {
  it.each(cases)("answers not-found for %s without calling the backend", async (_case, tier, id) => {
    await signInNewAdmin();
    const calls = backendCallCount();

    await expect(run(tier, id)).resolves.toEqual({
      ok: false,
      reason: "not-found",
      message: "This tier or rate limit does not exist.",
    });
    expect(backendCallCount()).toBe(calls);
  });
});

// The same access and failure handling for every rate-limit action.
const ACTIONS: { name: string; run: () => Promise<ActionResult> }[] = [
  {
    name: "createRateLimitAction",
    run: () => postForm(createRateLimitAction.bind(null, SEED_TIER_NAME), VALID),
  },
  {
    name: "updateRateLimitAction",
    run: () => postForm(updateRateLimitAction.bind(null, SEED_TIER_NAME, seededRow().id), VALID),
  },
  { name: "deleteRateLimitAction", run: () => deleteRateLimitAction(SEED_TIER_NAME, seededRow().id) },
];

describe.each(ACTIONS)("$name access and failures", ({ run }) => {
  let before: ReturnType<typeof snapshot>;
  beforeEach(() => {
    before = snapshot();
  });
  const unchanged = () => expect(snapshot()).toEqual(before);

  itGuardsSuperuserAction(run, unchanged);

  it("reports a plain-text 500 as unavailable without the raw body", async () => {
    await signInNewAdmin();
    mockBackend.setFaults({ mode: "error", match: "rate_limit" });

    expectUnavailable(await run());
    unchanged();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { loginWithPassword } from "@/lib/api/auth";
import { createTier, findTierName, renameTier } from "@/lib/api/tiers";

import { SEED_ADMIN, SEED_TIER_NAME } from "../../../fixtures/seed";
import { mockBackend } from "../../../mocks/node";

const tierReads = () => mockBackend.stats()["GET /api/v1/tiers"] ?? 0;
const seedTierId = () => mockBackend.db.tiers.find((tier) => tier.name === SEED_TIER_NAME)!.id;

describe("findTierName", () => {
  // Each test starts a minute later than the last, past any list an earlier one left (kept 10 s by default).
  let minutesAhead = 0;
  beforeEach(() => {
    minutesAhead += 1;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + minutesAhead * 60_000);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("reuses the tier list for a few seconds, then reads it again", async () => {
    await expect(findTierName(seedTierId())).resolves.toBe(SEED_TIER_NAME);
    await expect(findTierName(seedTierId())).resolves.toBe(SEED_TIER_NAME);
    expect(tierReads()).toBe(1);

    vi.setSystemTime(Date.now() + 10_001);
    await findTierName(seedTierId());
    expect(tierReads()).toBe(2);
  });

  it("sees this instance's own tier changes at once", async () => {
    await findTierName(seedTierId());
    const { accessToken } = await loginWithPassword(SEED_ADMIN.username, SEED_ADMIN.password);

    const gold = await createTier(accessToken, "gold");
    await expect(findTierName(gold.id)).resolves.toBe("gold");
    await renameTier(accessToken, "gold", "platinum");
    await expect(findTierName(gold.id)).resolves.toBe("platinum");
  });

  it("does not keep a failed read", async () => {
    mockBackend.setFaults({ mode: "error", match: "tiers" });
    await expect(findTierName(seedTierId())).rejects.toThrow();
    mockBackend.setFaults({ mode: "off" });
    await expect(findTierName(seedTierId())).resolves.toBe(SEED_TIER_NAME);
    expect(tierReads()).toBe(2);
  });
});

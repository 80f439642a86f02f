// /tier/{tier_name}/rate_limit(s): a tier's rate-limit rows. Every route here answers 500 at b88fe20
// (docs/fastapi-contract.md §6); these handlers implement the intended behaviour.
import type { HttpHandler } from "msw";
import { DatabaseError, updateRow, type MockDatabase, type RateLimitRow, type TierRow } from "../db";
import { duplicateValue, notFound } from "../framework/errors";
import { pageParameters, paginate } from "../framework/pagination";
import { integerPathParameter, readJsonBody } from "../framework/request";
import { check, validateRequest } from "../framework/validation";
import type { HandlerContext } from "./context";
import { toRateLimitRead } from "./read-models";
import { rateLimitCreate, rateLimitUpdate } from "./schemas";
import { findTierNamed } from "./tiers";

function findRateLimit(db: MockDatabase, tier: TierRow, id: number): RateLimitRow {
  const rateLimit = db.rateLimits.find((candidate) => candidate.tier_id === tier.id && candidate.id === id);
  if (!rateLimit) throw notFound("Rate Limit not found");
  return rateLimit;
}

export function rateLimitsHandlers({ route, db, auth }: HandlerContext): HttpHandler[] {
  // `rate_limit.name` is unique and NOT NULL.
  const nameTakenByAnother = (name: string, self?: RateLimitRow) =>
    db.rateLimits.some((rateLimit) => rateLimit !== self && rateLimit.name === name);

  return [
    route.post("/api/v1/tier/{tier_name}/rate_limit", async ({ request, params, response }) => {
      const body = await readJsonBody(request);
      await auth.currentSuperuser(request);
      const [values] = validateRequest(check(rateLimitCreate, body, ["body"]));
      const tier = findTierNamed(db, params.tier_name);
      const { name, ...rest } = values;
      if (name && nameTakenByAnother(name)) throw duplicateValue("Rate Limit Name not available");
      if (name === undefined || name === null) throw new DatabaseError('null value in column "name"');
      const rateLimit = db.rateLimits.insert({
        ...rest,
        name,
        tier_id: tier.id,
        created_at: new Date(),
        updated_at: null,
      });
      return response(201).json(toRateLimitRead(rateLimit));
    }),

    route.get("/api/v1/tier/{tier_name}/rate_limits", ({ request, params, response }) => {
      const [page, itemsPerPage] = validateRequest(...pageParameters(request));
      const tier = findTierNamed(db, params.tier_name);
      const rateLimits = db.rateLimits
        .filter((rateLimit) => rateLimit.tier_id === tier.id)
        .map(toRateLimitRead);
      return response(200).json(paginate(rateLimits, page, itemsPerPage));
    }),

    route.get("/api/v1/tier/{tier_name}/rate_limit/{id}", ({ params, response }) => {
      const [id] = validateRequest(integerPathParameter("id", params.id));
      const tier = findTierNamed(db, params.tier_name);
      return response(200).json(toRateLimitRead(findRateLimit(db, tier, id)));
    }),

    route.patch("/api/v1/tier/{tier_name}/rate_limit/{id}", async ({ request, params, response }) => {
      const body = await readJsonBody(request);
      await auth.currentSuperuser(request);
      const [id, values] = validateRequest(
        integerPathParameter("id", params.id),
        check(rateLimitUpdate, body, ["body"]),
      );
      const rateLimit = findRateLimit(db, findTierNamed(db, params.tier_name), id);
      if (values.name && nameTakenByAnother(values.name, rateLimit)) {
        throw new DatabaseError('duplicate key value violates unique constraint "rate_limit_name_key"');
      }
      updateRow(rateLimit, { ...values, updated_at: new Date() });
      return response(200).json({ message: "Rate Limit updated" });
    }),

    route.delete("/api/v1/tier/{tier_name}/rate_limit/{id}", async ({ request, params, response }) => {
      await auth.currentSuperuser(request);
      const [id] = validateRequest(integerPathParameter("id", params.id));
      db.rateLimits.remove(findRateLimit(db, findTierNamed(db, params.tier_name), id));
      return response(200).json({ message: "Rate Limit deleted" });
    }),
  ];
}

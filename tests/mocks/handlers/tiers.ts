// /tier, /tiers and /tier/{name}: public reads, superuser writes.
import type { HttpHandler } from "msw";
import { DatabaseError, updateRow, type MockDatabase, type TierRow } from "../db";
import { duplicateValue, notFound } from "../framework/errors";
import { pageParameters, paginate } from "../framework/pagination";
import { readJsonBody } from "../framework/request";
import { check, validateRequest } from "../framework/validation";
import type { HandlerContext } from "./context";
import { toTierRead } from "./read-models";
import { tierCreate, tierUpdate } from "./schemas";

export function findTierNamed(db: MockDatabase, name: string): TierRow {
  const tier = db.tiers.find((candidate) => candidate.name === name);
  if (!tier) throw notFound("Tier not found");
  return tier;
}

export function tiersHandlers({ route, db, auth }: HandlerContext): HttpHandler[] {
  return [
    route.post("/api/v1/tier", async ({ request, response }) => {
      const body = await readJsonBody(request);
      await auth.currentSuperuser(request);
      const [values] = validateRequest(check(tierCreate, body, ["body"]));
      if (db.tiers.some((tier) => tier.name === values.name)) throw duplicateValue("Tier Name not available");
      const tier = db.tiers.insert({ name: values.name, created_at: new Date() });
      return response(201).json(toTierRead(tier));
    }),

    route.get("/api/v1/tiers", ({ request, response }) => {
      const [page, itemsPerPage] = validateRequest(...pageParameters(request));
      return response(200).json(paginate(db.tiers.filter().map(toTierRead), page, itemsPerPage));
    }),

    route.get("/api/v1/tier/{name}", ({ params, response }) => {
      return response(200).json(toTierRead(findTierNamed(db, params.name)));
    }),

    route.patch("/api/v1/tier/{name}", async ({ request, params, response }) => {
      const body = await readJsonBody(request);
      await auth.currentSuperuser(request);
      const [values] = validateRequest(check(tierUpdate, body, ["body"]));
      const tier = findTierNamed(db, params.name);
      // No duplicate check here, unlike creation: the unique index rejects it.
      if (db.tiers.some((other) => other !== tier && other.name === values.name)) {
        throw new DatabaseError('duplicate key value violates unique constraint "tier_name_key"');
      }
      updateRow(tier, values);
      return response(200).json({ message: "Tier updated" });
    }),

    route.delete("/api/v1/tier/{name}", async ({ request, params, response }) => {
      await auth.currentSuperuser(request);
      const tier = findTierNamed(db, params.name);
      const referenced =
        db.users.some((user) => user.tier_id === tier.id) ||
        db.rateLimits.some((rateLimit) => rateLimit.tier_id === tier.id);
      if (referenced)
        throw new DatabaseError('update or delete on table "tier" violates foreign key constraint');
      db.tiers.remove(tier);
      return response(200).json({ message: "Tier deleted" });
    }),
  ];
}

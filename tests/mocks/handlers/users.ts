// /user, /users, /user/me/, /user/{username} (+ /tier, /rate_limits) and /db_user/{username}.
import { HttpResponse, type HttpHandler } from "msw";
import { DatabaseError, DEFAULT_PROFILE_IMAGE_URL, updateRow, type MockDatabase, type UserRow } from "../db";
import { duplicateValue, forbidden, notFound, UnhandledServerError } from "../framework/errors";
import { pageParameters, paginate } from "../framework/pagination";
import { readJsonBody } from "../framework/request";
import { check, validateRequest } from "../framework/validation";
import type { HandlerContext } from "./context";
import { isoTimestamp, toRateLimitRow, toUserRead } from "./read-models";
import { userCreate, userTierUpdate, userUpdate } from "./schemas";

/** The `user.email` column is varchar(50); pydantic lets longer addresses through to the database. */
function assertEmailFitsColumn(address: string): void {
  if ([...address].length > 50) throw new DatabaseError("value too long for type character varying(50)");
}

/** Most user routes look rows up without the `is_deleted` filter, so soft-deleted users are found too. */
function findUserRow(db: MockDatabase, username: string): UserRow {
  const user = db.users.find((candidate) => candidate.username === username);
  if (!user) throw notFound("User not found");
  return user;
}

function tierOf(db: MockDatabase, user: UserRow) {
  const tier = db.tiers.find((candidate) => candidate.id === user.tier_id);
  if (!tier) throw notFound("Tier not found");
  return tier;
}

export function usersHandlers({ route, db, auth }: HandlerContext): HttpHandler[] {
  // Soft-deleted users keep their e-mail and username reserved.
  const emailTaken = (address: string) => db.users.some((user) => user.email === address);
  const usernameTaken = (username: string) => db.users.some((user) => user.username === username);
  // `blacklist_token` right after auth accepted the token: failing to decode it here would be a crash.
  const blacklistPresentedToken = async (request: Request) => {
    if (!(await auth.blacklist(auth.bearerToken(request)))) throw new UnhandledServerError();
  };

  return [
    route.post("/api/v1/user", async ({ request, response }) => {
      const [values] = validateRequest(check(userCreate, await readJsonBody(request), ["body"]));
      if (emailTaken(values.email)) throw duplicateValue("Email is already registered");
      if (usernameTaken(values.username)) throw duplicateValue("Username not available");
      assertEmailFitsColumn(values.email);
      const user = db.users.insert({
        ...values,
        profile_image_url: DEFAULT_PROFILE_IMAGE_URL,
        tier_id: null,
        is_superuser: false,
        is_deleted: false,
        created_at: new Date(),
      });
      return response(201).json(toUserRead(user));
    }),

    // Public, e-mails included.
    route.get("/api/v1/users", ({ request, response }) => {
      const [page, itemsPerPage] = validateRequest(...pageParameters(request));
      const users = db.users.filter((user) => !user.is_deleted).map(toUserRead);
      return response(200).json(paginate(users, page, itemsPerPage));
    }),

    // Declared before /user/{username}: the only route with a trailing slash.
    route.get("/api/v1/user/me/", async ({ request, response }) => {
      return response(200).json(toUserRead(await auth.currentUser(request)));
    }),

    route.get("/api/v1/user/{username}", ({ params, response }) => {
      const user = db.users.find(
        (candidate) => candidate.username === params.username && !candidate.is_deleted,
      );
      if (!user) throw notFound("User not found");
      return response(200).json(toUserRead(user));
    }),

    // Owner only, superusers included. At b88fe20 this answers 500 (docs/fastapi-contract.md §6); this is the
    // intended behaviour.
    route.patch("/api/v1/user/{username}", async ({ request, params, response }) => {
      const body = await readJsonBody(request);
      const caller = await auth.currentUser(request);
      const [values] = validateRequest(check(userUpdate, body, ["body"]));
      const user = findUserRow(db, params.username);
      if (user.username !== caller.username) throw forbidden();
      if (values.email && values.email !== user.email && emailTaken(values.email)) {
        throw duplicateValue("Email is already registered");
      }
      if (values.username && values.username !== user.username && usernameTaken(values.username)) {
        throw duplicateValue("Username not available");
      }
      if (values.email) assertEmailFitsColumn(values.email);
      updateRow(user, values);
      return response(200).json({ message: "User updated" });
    }),

    // Soft delete; revokes the presented access token but neither the refresh token nor the cookie.
    route.delete("/api/v1/user/{username}", async ({ request, params, response }) => {
      const caller = await auth.currentUser(request);
      const user = findUserRow(db, params.username);
      if (params.username !== caller.username) throw forbidden();
      user.is_deleted = true;
      await blacklistPresentedToken(request);
      return response(200).json({ message: "User deleted" });
    }),

    // Hard delete; the superuser's own access token is blacklisted as a side effect.
    route.delete("/api/v1/db_user/{username}", async ({ request, params, response }) => {
      await auth.currentSuperuser(request);
      const user = findUserRow(db, params.username);
      // `post.created_by_user_id` references the user without ON DELETE.
      if (db.posts.some((post) => post.created_by_user_id === user.id)) {
        throw new DatabaseError('update or delete on table "user" violates foreign key constraint');
      }
      db.users.remove(user);
      await blacklistPresentedToken(request);
      return response(200).json({ message: "User deleted from the database" });
    }),

    route.get("/api/v1/user/{username}/rate_limits", async ({ request, params, response }) => {
      await auth.currentSuperuser(request);
      const user = findUserRow(db, params.username);
      const tierId = user.tier_id === null ? null : tierOf(db, user).id;
      // fastcrud's get_multi without arguments returns at most 100 rows.
      const rateLimits = db.rateLimits.filter((rateLimit) => rateLimit.tier_id === tierId).slice(0, 100);
      return response.untyped(
        HttpResponse.json({ ...toUserRead(user), tier_rate_limits: rateLimits.map(toRateLimitRow) }),
      );
    }),

    route.get("/api/v1/user/{username}/tier", ({ params, response }) => {
      const user = findUserRow(db, params.username);
      if (user.tier_id === null) return response(200).json(null);
      const tier = tierOf(db, user);
      return response.untyped(
        HttpResponse.json({
          ...toUserRead(user),
          tier_name: tier.name,
          tier_id: tier.id,
          tier_created_at: isoTimestamp(tier.created_at),
        }),
      );
    }),

    route.patch("/api/v1/user/{username}/tier", async ({ request, params, response }) => {
      const body = await readJsonBody(request);
      await auth.currentSuperuser(request);
      const [values] = validateRequest(check(userTierUpdate, body, ["body"]));
      const user = findUserRow(db, params.username);
      if (!db.tiers.some((tier) => tier.id === values.tier_id)) throw notFound("Tier not found");
      user.tier_id = values.tier_id;
      return response(200).json({ message: `User ${user.name} Tier updated` });
    }),
  ];
}

// Rows → the response schemas of the generated OpenAPI types, with pydantic's key order and date format.
import type { components } from "@/lib/api/schema";
import type { PostRow, RateLimitRow, TierRow, UserRow } from "../db";

type Schemas = components["schemas"];

/** pydantic's UTC datetime: microsecond precision (omitted when zero) and a `Z`. */
export function isoTimestamp(date: Date): string {
  const [seconds = "", milliseconds = "000"] = date.toISOString().slice(0, -1).split(".");
  return milliseconds === "000" ? `${seconds}Z` : `${seconds}.${milliseconds}000Z`;
}

export const toUserRead = (user: UserRow): Schemas["UserRead"] => ({
  id: user.id,
  name: user.name,
  username: user.username,
  email: user.email,
  profile_image_url: user.profile_image_url,
  tier_id: user.tier_id,
});

export const toTierRead = (tier: TierRow): Schemas["TierRead"] => ({
  name: tier.name,
  id: tier.id,
  created_at: isoTimestamp(tier.created_at),
});

export const toRateLimitRead = (rateLimit: RateLimitRow): Schemas["RateLimitRead"] => ({
  path: rateLimit.path,
  limit: rateLimit.limit,
  period: rateLimit.period,
  id: rateLimit.id,
  tier_id: rateLimit.tier_id,
  name: rateLimit.name,
});

/** A whole `rate_limit` row, as `GET /user/{username}/rate_limits` returns them (no schema applied). */
export const toRateLimitRow = (rateLimit: RateLimitRow) => ({
  id: rateLimit.id,
  tier_id: rateLimit.tier_id,
  name: rateLimit.name,
  path: rateLimit.path,
  limit: rateLimit.limit,
  period: rateLimit.period,
  created_at: isoTimestamp(rateLimit.created_at),
  updated_at: rateLimit.updated_at && isoTimestamp(rateLimit.updated_at),
});

export const toPostRead = (post: PostRow): Schemas["PostRead"] => ({
  id: post.id,
  title: post.title,
  text: post.text,
  media_url: post.media_url,
  created_by_user_id: post.created_by_user_id,
  created_at: isoTimestamp(post.created_at),
});

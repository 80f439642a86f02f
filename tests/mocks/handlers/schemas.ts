// The boilerplate's request schemas (app/schemas/*.py) as validators, checked against the generated types.
import type { components } from "@/lib/api/schema";
import { email, integer, model, nullable, optional, string } from "../framework/validation";

type Schemas = components["schemas"];

const NAME = { minLength: 2, maxLength: 30 };
const USERNAME = { minLength: 2, maxLength: 20, pattern: "^[a-z0-9]+$" };
// Ungrouped alternation plus pydantic's search semantics: any non-empty password passes.
const PASSWORD = { pattern: "^.{8,}|[0-9]+|[A-Z]+|[a-z]+|[^a-zA-Z0-9]+$" };
const URL = { pattern: "^(https?|ftp)://[^\\s/$.?#].[^\\s]*$" };
const POST_TITLE = { minLength: 2, maxLength: 30 };
const POST_TEXT = { minLength: 1, maxLength: 63206 };

/** `sanitize_path`: outer slashes stripped, inner ones turned into underscores ("/api/v1/x" → "api_v1_x"). */
export const sanitizePath = (path: string) => path.replace(/^\/+|\/+$/g, "").replaceAll("/", "_");
const RATE_LIMIT_PATH = { transform: sanitizePath };

export const userCreate = model<Schemas["UserCreate"]>(
  { name: string(NAME), username: string(USERNAME), email: email(), password: string(PASSWORD) },
  { extra: "forbid" },
);

export const userUpdate = model<Schemas["UserUpdate"]>(
  {
    name: optional(nullable(string(NAME))),
    username: optional(nullable(string(USERNAME))),
    email: optional(nullable(email())),
    profile_image_url: optional(nullable(string(URL))),
  },
  { extra: "forbid" },
);

export const userTierUpdate = model<Schemas["UserTierUpdate"]>({ tier_id: integer() }, { extra: "ignore" });

export const tierCreate = model<Schemas["TierCreate"]>({ name: string() }, { extra: "ignore" });

export const tierUpdate = model<Schemas["TierUpdate"]>(
  { name: optional(nullable(string())) },
  { extra: "ignore" },
);

export const rateLimitCreate = model<Schemas["RateLimitCreate"]>(
  { path: string(RATE_LIMIT_PATH), limit: integer(), period: integer(), name: optional(nullable(string())) },
  { extra: "forbid" },
);

export const rateLimitUpdate = model<Schemas["RateLimitUpdate"]>(
  {
    path: optional(nullable(string(RATE_LIMIT_PATH))),
    limit: optional(nullable(integer())),
    period: optional(nullable(integer())),
    name: optional(nullable(string())),
  },
  { extra: "ignore" },
);

export const postCreate = model<Schemas["PostCreate"]>(
  { title: string(POST_TITLE), text: string(POST_TEXT), media_url: optional(nullable(string(URL))) },
  { extra: "forbid" },
);

export const postUpdate = model<Schemas["PostUpdate"]>(
  {
    title: optional(nullable(string(POST_TITLE))),
    text: optional(nullable(string(POST_TEXT))),
    media_url: optional(nullable(string(URL))),
  },
  { extra: "forbid" },
);

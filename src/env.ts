// The app's configuration: the only module that reads `process.env`, validated once at start-up and at build.
import { createEnv } from "@t3-oss/env-nextjs";
import * as z from "zod";

const isProduction = process.env.NODE_ENV === "production";

/** Development-only fallback so `npm run dev` works without a `.env`; production refuses to start without a real one. */
const DEVELOPMENT_SECRET = "development-only-secret-never-use-in-production-0123456789";

/** Where `npm run dev` serves the embedded backend when `FASTAPI_URL` is unset (scripts/dev.mjs uses the same default). */
const DEFAULT_MOCK_API_PORT = 8010;

const booleanFlag = (fallback: "true" | "false") =>
  z
    .enum(["true", "false", "1", "0"])
    .default(fallback)
    .transform((value) => value === "true" || value === "1");

export const env = createEnv({
  /**
   * Server-side variables. None of them is ever sent to the browser: the browser talks only to Next, and
   * Next talks to FastAPI.
   */
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Base URL of the FastAPI backend, without `/api/v1`. Unset in development = the embedded backend. */
    FASTAPI_URL: isProduction ? z.url() : z.url().optional(),
    /** Port of the embedded backend that `npm run dev` starts when `FASTAPI_URL` is unset. */
    MOCK_API_PORT: z.coerce.number().int().min(1).max(65535).default(DEFAULT_MOCK_API_PORT),
    /** Milliseconds before a FastAPI call is abandoned and the user is told the service is unavailable. */
    FASTAPI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    /** Seconds each instance reuses FastAPI's tier list for tier names (public, rarely changed); 0 = never. */
    TIER_LIST_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
    /** Public URL of this app. Its scheme decides whether cookies are `Secure` and carry the `__Host-` prefix. */
    APP_URL: isProduction ? z.url() : z.url().default("http://localhost:3000"),
    /** Encrypts and signs the session cookie. Shared by every instance; at least 32 characters. */
    BETTER_AUTH_SECRET: isProduction
      ? z.string({ error: "is required in production" }).min(32, "must be at least 32 characters")
      : z.string().min(32, "must be at least 32 characters").default(DEVELOPMENT_SECRET),
    /** Lets a production build run on plain http (local end-to-end tests only): cookies then lose `Secure`. */
    ALLOW_INSECURE_HTTP: booleanFlag("false"),
    /**
     * Turns off the proxy's redirect-to-login and refresh, leaving the data layer alone to protect every page.
     * For the security suite, which proves that the pages stay closed without the proxy; refused on https.
     */
    DISABLE_PROXY_AUTH_CHECK: booleanFlag("false"),
    /**
     * Reads the client IP from `X-Real-IP` / `X-Forwarded-For` for rate limiting. Only behind a reverse proxy
     * that overwrites them: anyone can send these headers.
     */
    TRUST_PROXY_HEADERS: booleanFlag("false"),
    /** Window, in seconds, over which failures are counted; also the longest delay an account can be given. */
    AUTH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
    /** Failed sign-ins (or sign-up attempts) per account name before that name is slowed down. */
    AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    /** The first delay, in seconds, once an account name has used its allowance; it doubles with each failure. */
    AUTH_RATE_LIMIT_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
    /** Failed sign-ins and sign-up attempts per client IP within the window (only with TRUST_PROXY_HEADERS). */
    AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
    /** Failed sign-ins (sign-up attempts) from unrecognised browsers, all accounts together, within the window. */
    AUTH_RATE_LIMIT_GLOBAL: z.coerce.number().int().min(1).default(1000),
    /**
     * Redis shared by every instance (`redis://` or `rediss://` for TLS): rate limits and token refreshes then
     * count fleet-wide. Unset, each instance keeps them in its own memory.
     */
    REDIS_URL: z
      .url()
      .refine((url) => /^rediss?:\/\//.test(url), "must start with redis:// or rediss://")
      .optional(),
    /** Milliseconds a Redis command may take before this instance falls back to its own memory. */
    REDIS_TIMEOUT_MS: z.coerce.number().int().min(50).max(10_000).default(500),
    /** The least severe log lines written to stdout; `debug` adds a line per build asset served. */
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    /**
     * An OTLP/HTTP collector (e.g. `http://otel-collector:4318`): traces of renders, actions and FastAPI calls go
     * there. Unset, no tracing code loads. The SDK's other OTEL_* variables (OTEL_BSP_SCHEDULE_DELAY…) apply too.
     */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
    /** The service name traces carry. */
    OTEL_SERVICE_NAME: z.string().min(1).default("next-fastapi-auth"),
    /**
     * Seconds a stopping server (SIGTERM) waits for the requests in flight before it exits anyway. Under the
     * orchestrator's own grace period (Kubernetes 30 s, `docker stop` 10 s unless `-t`), or it kills the server first.
     */
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3_600).default(20),
    /** Offers the username/password form (FastAPI's /login). Switch it off when everyone signs in with OIDC. */
    PASSWORD_LOGIN_ENABLED: booleanFlag("true"),
    /** OpenID Connect issuer (e.g. `https://keycloak.example/realms/app`); endpoints come from its discovery document. */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    /** Confidential client secret: used by the server only, never sent to the browser. */
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** Shown on the login page: "Sign in with <name>". */
    OIDC_PROVIDER_NAME: z.string().min(1).max(40).default("Keycloak"),
    /** Comma-separated claim paths holding the user's roles, read from the ID token and a JWT access token. */
    OIDC_ROLE_CLAIMS: z.string().min(1).default("realm_access.roles,roles"),
    /** The provider role that opens the admin area. */
    OIDC_ADMIN_ROLE: z.string().min(1).default("admin"),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  /** For tools that load next.config without running the app (`next typegen`, lint): never set it to serve. */
  skipValidation: !!process.env.SKIP_ENV_VALIDATION,
  onValidationError: (issues) => {
    const lines = issues.map((issue) => `  ${issue.path?.map(String).join(".") ?? "?"}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}\nSee .env.example.`);
  },
});

if (!process.env.SKIP_ENV_VALIDATION) {
  const oidcParts = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    throw new Error(
      "Invalid environment variables:\n  OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: set all three or none",
    );
  }
  if (!env.PASSWORD_LOGIN_ENABLED && !env.OIDC_ISSUER) {
    throw new Error(
      "Invalid environment variables:\n  PASSWORD_LOGIN_ENABLED: false leaves no way to sign in",
    );
  }
}

if (
  !process.env.SKIP_ENV_VALIDATION &&
  isProduction &&
  env.APP_URL.startsWith("http:") &&
  !env.ALLOW_INSECURE_HTTP
) {
  throw new Error(
    "Invalid environment variables:\n  APP_URL: must be https in production (set ALLOW_INSECURE_HTTP=true only for local tests)",
  );
}

if (!process.env.SKIP_ENV_VALIDATION && env.DISABLE_PROXY_AUTH_CHECK && env.APP_URL.startsWith("https:")) {
  throw new Error(
    "Invalid environment variables:\n  DISABLE_PROXY_AUTH_CHECK: only for local tests on http; never on an https APP_URL",
  );
}

/** The FastAPI origin every server-side call goes to. */
export const fastapiUrl = env.FASTAPI_URL ?? `http://127.0.0.1:${env.MOCK_API_PORT}`;

/** Whether the app is served over https, which makes every cookie `Secure` and prefixed. */
export const isSecureApp = env.APP_URL?.startsWith("https:") ?? false;

/** The OpenID Connect provider, when one is configured: a second way in beside the password form. */
export const oidc =
  env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
    ? {
        issuer: env.OIDC_ISSUER.replace(/\/+$/, ""),
        clientId: env.OIDC_CLIENT_ID,
        clientSecret: env.OIDC_CLIENT_SECRET,
        name: env.OIDC_PROVIDER_NAME,
        roleClaims: env.OIDC_ROLE_CLAIMS.split(",")
          .map((path) => path.trim())
          .filter(Boolean),
        adminRole: env.OIDC_ADMIN_ROLE,
      }
    : undefined;

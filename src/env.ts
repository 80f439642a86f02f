// The app's configuration: the only module that reads `process.env`, validated once at start-up and at build.
import { createEnv } from "@t3-oss/env-nextjs";
import * as z from "zod";

const isProduction = process.env.NODE_ENV === "production";

/** Development-only fallback so `npm run dev` works without a `.env`; production refuses to start without a real one. */
const DEVELOPMENT_SECRET = "development-only-secret-never-use-in-production-0123456789";

/** Where `npm run dev` serves the embedded backend when `FASTAPI_URL` is unset (scripts/dev.mjs uses the same default). */
const DEFAULT_MOCK_API_PORT = 8010;

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .default("false")
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
    /** Public URL of this app. Its scheme decides whether cookies are `Secure` and carry the `__Host-` prefix. */
    APP_URL: isProduction ? z.url() : z.url().default("http://localhost:3000"),
    /** Encrypts and signs the session cookie. Shared by every instance; at least 32 characters. */
    BETTER_AUTH_SECRET: isProduction
      ? z.string({ error: "is required in production" }).min(32, "must be at least 32 characters")
      : z.string().min(32, "must be at least 32 characters").default(DEVELOPMENT_SECRET),
    /** Lets a production build run on plain http (local end-to-end tests only): cookies then lose `Secure`. */
    ALLOW_INSECURE_HTTP: booleanFlag,
    /**
     * Turns off the proxy's redirect-to-login and refresh, leaving the data layer alone to protect every page.
     * For the security suite, which proves that the pages stay closed without the proxy; refused on https.
     */
    DISABLE_PROXY_AUTH_CHECK: booleanFlag,
    /**
     * Reads the client IP from `X-Real-IP` / `X-Forwarded-For` for rate limiting. Only behind a reverse proxy
     * that overwrites them: anyone can send these headers.
     */
    TRUST_PROXY_HEADERS: booleanFlag,
    /** Window, in seconds, over which failed sign-ins and sign-ups are counted. */
    AUTH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
    /** Failed sign-ins (or sign-up attempts) per account name within the window. */
    AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    /** Failed sign-ins and sign-up attempts per client IP within the window. */
    AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
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

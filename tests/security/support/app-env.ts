// The settings every app instance of the security suite shares, and what the tests need to know about them.

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is set by tests/security/global-setup.ts`);
  return value;
}

/** Read lazily: workers get these from the global setup through the environment. */
export const suite = {
  mockUrl: () => required("SECURITY_MOCK_URL"),
  /** The app with every protection on. */
  guardedUrl: () => required("SECURITY_GUARDED_URL"),
  /** The same build with DISABLE_PROXY_AUTH_CHECK: only the data layer protects it. */
  unguardedUrl: () => required("SECURITY_UNGUARDED_URL"),
  authSecret: () => required("SECURITY_AUTH_SECRET"),
  mockJwtSecret: () => required("SECURITY_MOCK_JWT_SECRET"),
  logDir: () => required("SECURITY_LOG_DIR"),
};

/** Limits the rate-limit tests count against; small so the tests stay short, stated so nothing is implicit. */
export const RATE_LIMITS = { perAccount: 3, delaySeconds: 60, perIp: 6, windowSeconds: 600 } as const;

/**
 * The FastAPI timeout of the instance the fault tests use. Long enough that "a page that waited out the timeout
 * twice" and "a loaded machine" are far apart: the tests allow the timeout plus three seconds.
 */
export const FAULT_TIMEOUT_MS = 4_000;

export function appEnv(overrides: { FASTAPI_URL: string; APP_URL: string } & Record<string, string>) {
  return {
    // Only where the app must run on plain http; an https instance runs exactly as production does, and an
    // ALLOW_INSECURE_HTTP inherited from the caller's shell cannot reach it.
    ALLOW_INSECURE_HTTP: String(overrides.APP_URL.startsWith("http:")),
    BETTER_AUTH_SECRET: suite.authSecret(),
    FASTAPI_TIMEOUT_MS: "3000",
    // Each browser test sends its own X-Forwarded-For, so its attempts count in a bucket of its own.
    TRUST_PROXY_HEADERS: "true",
    AUTH_RATE_LIMIT_PER_ACCOUNT: String(RATE_LIMITS.perAccount),
    AUTH_RATE_LIMIT_DELAY_SECONDS: String(RATE_LIMITS.delaySeconds),
    AUTH_RATE_LIMIT_PER_IP: String(RATE_LIMITS.perIp),
    AUTH_RATE_LIMIT_WINDOW_SECONDS: String(RATE_LIMITS.windowSeconds),
    ...overrides,
  };
}

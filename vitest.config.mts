import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = fileURLToPath(new URL("./src", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": src,
      // `server-only` throws outside a React Server environment (vercel/next.js#60038).
      "server-only": fileURLToPath(new URL("./tests/setup/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          environment: "node",
          setupFiles: ["tests/setup/vitest.setup.ts"],
          env: {
            FASTAPI_URL: "http://fastapi.test",
            APP_URL: "http://localhost:3000",
            // Far above what an in-process call takes on a loaded machine; the test of a hang sets its own.
            FASTAPI_TIMEOUT_MS: "5000",
            // High enough that no unit test trips the sign-in limits; the security project tests them.
            AUTH_RATE_LIMIT_PER_ACCOUNT: "1000",
            AUTH_RATE_LIMIT_PER_IP: "1000",
            // What next.config.ts's `experimental.authInterrupts` sets in a build, so forbidden() works here too.
            __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true",
          },
          // Better Auth imports `next/headers` itself; inlining it lets the fake request scope reach it.
          server: { deps: { inline: ["better-auth", "@better-auth/core"] } },
        },
      },
      {
        extends: true,
        test: {
          name: "security",
          include: ["tests/security/unit/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/vitest.setup.ts"],
          env: {
            FASTAPI_URL: "http://fastapi.test",
            APP_URL: "http://localhost:3000",
            FASTAPI_TIMEOUT_MS: "5000",
            TRUST_PROXY_HEADERS: "true",
            AUTH_RATE_LIMIT_PER_ACCOUNT: "3",
            AUTH_RATE_LIMIT_DELAY_SECONDS: "60",
            AUTH_RATE_LIMIT_PER_IP: "5",
            AUTH_RATE_LIMIT_WINDOW_SECONDS: "600",
          },
          server: { deps: { inline: ["better-auth", "@better-auth/core"] } },
        },
      },
      {
        extends: true,
        test: {
          name: "contract",
          include: ["tests/contract/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/contract/global-setup.ts"],
          // A real backend hashes every password with bcrypt inside its one event loop: on a busy machine a
          // test that signs several users up takes seconds there, where the embedded one takes milliseconds.
          testTimeout: process.env.CONTRACT_API_URL ? 30_000 : 5_000,
          // The contract suite talks HTTP to one backend; running files in parallel would interleave
          // their users and counters on the same server.
          fileParallelism: false,
        },
      },
    ],
  },
});

// Lint rules: Next's own flat configs plus the type-aware rules create-t3-app adds.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

/** Zod reaches app code through one module, which sets the jitless mode the CSP needs before any schema exists. */
const ZOD_MODULE = "src/lib/validations/zod.ts";
const zodMini = ["zod/mini", "zod/v4/mini", "zod/v4-mini"].map((name) => ({
  name,
  message:
    'Import Zod as `import * as z from "@/lib/validations/zod"`: that module switches on Zod\'s jitless mode, ' +
    "without which Zod probes `new Function` and the CSP (no 'unsafe-eval') reports a violation in the browser.",
}));
const classicZod = ["zod", "zod/v4", "zod/v4/classic"].map((name) => ({
  name,
  message:
    "Classic Zod is for server-only modules (src/env.ts, src/lib/auth/): in code a browser may load, its chained " +
    'methods pull in all of Zod (~20 KB gzip). Use `import * as z from "@/lib/validations/zod"` (zod/mini).',
}));

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "src/lib/api/schema.d.ts",
      // shadcn/ui primitives, kept in the shape the shadcn CLI writes them, so lint fixes never drift them from
      // upstream; tsc still checks them.
      "src/components/ui/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.mts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/consistent-type-imports": [
        "warn",
        { prefer: "type-imports", fixStyle: "inline-type-imports" },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-floating-promises": "error",
    },
  },
  {
    files: ["**/*.{ts,tsx,mts,js,mjs}"],
    ignores: [ZOD_MODULE],
    rules: { "no-restricted-imports": ["error", { paths: zodMini }] },
  },
  {
    // App code: classic Zod stays in the server-only modules that need its fuller API.
    files: ["app/**", "src/**", "proxy.ts"],
    ignores: [ZOD_MODULE, "src/env.ts", "src/lib/auth/**"],
    rules: { "no-restricted-imports": ["error", { paths: [...zodMini, ...classicZod] }] },
  },
  {
    // FastAPI is reached through the data layer (src/data/request.ts), which checks the session and the role and
    // turns failures into what pages and forms show: nothing else may call the gateway or the token helpers.
    // Types are fine anywhere; they call nothing.
    files: ["app/**", "src/**", "proxy.ts"],
    ignores: ["src/data/**", "src/lib/api/**", "src/lib/auth/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/api/*", "@/lib/auth/with-auth"],
              allowTypeImports: true,
              message:
                "Call FastAPI from a data function in src/data/, through forPage, forSection or forAction " +
                "(src/data/request.ts), so the session, the role and every failure are handled in one place.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests wait for what they need to happen, never for time to pass: a sleep that is long enough on a quiet
    // machine is too short on a busy one. Polling a condition or waiting on a real clock says why in a disable comment.
    files: ["tests/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='waitForTimeout']",
          message:
            "Wait for the outcome instead (expect(...).toBeVisible(), waitForResponse, expect.poll), or move the " +
            "embedded backend's clock (its settings mint tokens with the lifetime a test needs).",
        },
        {
          // `new Promise((resolve) => setTimeout(resolve, ms))`; a timer that does something else is no sleep.
          selector:
            "NewExpression[callee.name='Promise'] CallExpression[callee.name='setTimeout'][arguments.0.type='Identifier']",
          message:
            "A promise that resolves on a timer is a sleep: wait for the condition itself (expect.poll, an event), " +
            "or say in an eslint-disable comment why only time will do.",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...zodMini,
            {
              name: "node:timers/promises",
              message: "A timer promise is a sleep: wait for the condition itself.",
            },
          ],
        },
      ],
    },
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
];

export default config;

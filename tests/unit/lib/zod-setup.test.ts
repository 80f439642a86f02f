// Zod reaches app code through src/lib/validations/zod.ts, which switches on the jitless mode the CSP needs.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { ESLint, Linter } from "eslint";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { globalConfig } from "zod/v4/core";

const root = fileURLToPath(new URL("../../..", import.meta.url));

describe("Zod's jitless mode", () => {
  it.each([
    ["admin", () => import("@/lib/validations/admin")],
    ["auth", () => import("@/lib/validations/auth")],
    ["fields", () => import("@/lib/validations/fields")],
    ["pagination", () => import("@/lib/validations/pagination")],
    ["posts", () => import("@/lib/validations/posts")],
    ["profile", () => import("@/lib/validations/profile")],
    ["action-result", () => import("@/lib/action-result")],
  ])("is on as soon as %s is loaded, with nothing else imported for its side effect", async (_name, load) => {
    vi.resetModules();
    globalConfig.jitless = false;
    await load();
    expect(globalConfig.jitless).toBe(true);
  });
});

/** One ESLint for every check: the first config it computes imports the whole lint config and its plugins. */
const eslint = new ESLint({ cwd: root });

/** The messages the project's own `no-restricted-imports` settings give `source` at `filePath`. */
async function importComplaints(filePath: string, source: string): Promise<string[]> {
  const settings = await eslint.calculateConfigForFile(filePath);
  const rule = (settings as { rules: Record<string, Linter.RuleEntry | undefined> }).rules[
    "no-restricted-imports"
  ];
  if (!rule) return [];
  const linter = new Linter({ cwd: root });
  return linter
    .verify(
      source,
      [
        {
          files: ["**/*.ts", "**/*.tsx"],
          languageOptions: { sourceType: "module" },
          rules: { "no-restricted-imports": rule },
        },
      ],
      join(root, filePath),
    )
    .map((message) => message.message);
}

describe("the lint rule that keeps Zod in one place", () => {
  // Loading the lint config takes seconds on a busy machine: done once here, outside the tests' own timeout.
  beforeAll(() => eslint.calculateConfigForFile("src/lib/validations/zod.ts"), 60_000);

  it("refuses zod/mini outside the Zod module, saying why", async () => {
    const complaints = await importComplaints(
      "src/lib/validations/tasks.ts",
      'import * as z from "zod/mini";\nexport const s = z.string();\n',
    );
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatch(/@\/lib\/validations\/zod.*jitless.*'unsafe-eval'/s);
    expect(
      await importComplaints("tests/unit/anything.test.ts", 'import { z } from "zod/mini";\n'),
    ).toHaveLength(1);
  });

  it("refuses classic Zod in app code a browser may load, and keeps it for the server-only modules", async () => {
    const classic = 'import * as z from "zod";\n';
    const [complaint] = await importComplaints("src/components/tasks/task-form.tsx", classic);
    expect(complaint).toMatch(/Classic Zod is for server-only modules/);
    expect(await importComplaints("app/dashboard/tasks/page.tsx", classic)).toHaveLength(1);
    expect(await importComplaints("src/lib/auth/oidc-endpoints.ts", classic)).toEqual([]);
    expect(await importComplaints("src/env.ts", classic)).toEqual([]);
    expect(await importComplaints("scripts/nginx-front.ts", classic)).toEqual([]);
  });

  it("accepts the Zod module, and zod/mini inside it", async () => {
    expect(await importComplaints("src/lib/validations/tasks.ts", 'import * as z from "./zod";\n')).toEqual(
      [],
    );
    expect(await importComplaints("src/lib/validations/zod.ts", 'export * from "zod/mini";\n')).toEqual([]);
  });
});

// The protected URLs the security and accessibility suites visit: every page under app/dashboard, found on disk,
// each with who may see it from the app's page list.
import { fileURLToPath } from "node:url";

import { pageAt } from "@/lib/routes";

import { SEED_ADMIN, SEED_DEMO, SEED_TIER_NAME } from "../../fixtures/seed";

import { routesUnder, type SampleValues } from "./route-tree";

export interface ProtectedPath {
  path: string;
  /** Only a superuser may see it: an ordinary user gets the 403 page, without the admin's data. */
  superuserOnly?: true;
}

const APP_DIR = fileURLToPath(new URL("../../../app", import.meta.url));

/**
 * What to put in each dynamic segment of a dashboard page (`[id]` → `id`), from the seed data that the embedded
 * backend starts with (tests/fixtures/seed.ts). A new page with a segment not named here fails the suites,
 * saying so: add the name here.
 */
const DYNAMIC_SEGMENT_SAMPLES: SampleValues = {
  /** The demo user's first post: the page is the demo user's, and the editing form is on it. */
  id: ["1"],
  /** The signed-in demo user's own profile, and someone else's. */
  username: [SEED_DEMO.username, SEED_ADMIN.username],
  name: [SEED_TIER_NAME],
};

/** Who may see the page, as src/lib/routes.ts declares it; a page on disk it does not list fails the suites. */
function isSuperuserOnly(path: string): boolean {
  const page = pageAt(path);
  if (!page) {
    throw new Error(
      `${path} is a page under app/dashboard that src/lib/routes.ts does not list: add it there.`,
    );
  }
  return page.access === "superuser";
}

export const PROTECTED_PATHS: readonly ProtectedPath[] = routesUnder(
  APP_DIR,
  "dashboard",
  DYNAMIC_SEGMENT_SAMPLES,
  "tests/security/support/protected-paths.ts",
).map((path) => (isSuperuserOnly(path) ? { path, superuserOnly: true } : { path }));

/** The pages an ordinary user may see, and those only a superuser may. */
export const USER_PATHS = PROTECTED_PATHS.filter((entry) => !entry.superuserOnly).map((entry) => entry.path);
export const SUPERUSER_PATHS = PROTECTED_PATHS.filter((entry) => entry.superuserOnly).map(
  (entry) => entry.path,
);

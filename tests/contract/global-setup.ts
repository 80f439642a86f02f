// Chooses the backend the contract suite runs against: CONTRACT_API_URL, or the mock backend started here.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { SEED_ADMIN } from "../fixtures/seed";
import { startMockApiServer } from "../mocks/http-server";

export interface ContractTarget {
  /** Origin of the backend, e.g. `http://127.0.0.1:8000`. */
  url: string;
  admin: { username: string; password: string };
  /** The backend's SECRET_KEY when known (always for the mock), to forge expired or odd tokens. */
  jwtSecret: string | null;
  /** The unfixed b88fe20: routes hit by the dict/model bug answer 500 (see support/pinned.ts). */
  pinned: boolean;
  /** The embedded mock backend, whose /__mock control surface may be tested too. */
  mock: boolean;
}

declare module "vitest" {
  export interface ProvidedContext {
    contract: ContractTarget;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const env = process.env;
  const admin = {
    username: env.CONTRACT_ADMIN_USERNAME || SEED_ADMIN.username,
    password: env.CONTRACT_ADMIN_PASSWORD || SEED_ADMIN.password,
  };

  if (env.CONTRACT_API_URL) {
    project.provide("contract", {
      url: env.CONTRACT_API_URL.replace(/\/+$/, ""),
      admin,
      jwtSecret: env.CONTRACT_JWT_SECRET || null,
      pinned: env.CONTRACT_BACKEND_PINNED === "1",
      mock: false,
    });
    return undefined;
  }

  const jwtSecret = randomBytes(32).toString("hex");
  const server = await startMockApiServer({ port: 0, jwtSecret });
  project.provide("contract", { url: server.url, admin, jwtSecret, pinned: false, mock: true });
  return () => server.close();
}

// Vitest setup for unit and integration tests: the embedded backend behind MSW, and a fake Next request scope.
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, vi } from "vitest";

import { mockBackend, server } from "../mocks/node";

import { resetRequestScope } from "./next-request-scope";

vi.mock("next/headers", async () => (await import("./next-request-scope")).nextHeadersMock);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  mockBackend.reset();
  resetRequestScope();
});
afterAll(() => server.close());

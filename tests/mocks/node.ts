// The embedded backend for Vitest: one shared instance behind msw/node, answering on TEST_FASTAPI_URL.
import { setupServer } from "msw/node";
import { createMockBackend } from "./backend";

export const TEST_FASTAPI_URL = "http://fastapi.test";

export const mockBackend = createMockBackend();

export const server = setupServer(...mockBackend.handlers(TEST_FASTAPI_URL));

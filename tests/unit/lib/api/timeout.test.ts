// A FastAPI that never answers: the real client cuts the call at the timeout, and a sign-in says the service is
// unavailable. On their own, with a short timeout set before the app reads its configuration: every other unit
// test keeps a timeout that no loaded machine reaches.
import { http } from "msw";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.FASTAPI_TIMEOUT_MS = "300";
});

import { loginAction } from "@/actions/auth";
import { fastapi, send } from "@/lib/api/client";
import { ApiError } from "@/lib/api/errors";

import { SEED_DEMO } from "../../../fixtures/seed";
import { TEST_FASTAPI_URL, server } from "../../../mocks/node";
import { requestScope } from "../../../setup/next-request-scope";
import { postForm } from "../../helpers/post-form";

/** Answers `path` never, and tells whether the client gave up on it (its request was aborted). */
function hangOn(method: "get" | "post", path: string): { aborted: () => boolean } {
  let aborted = false;
  server.use(
    http[method](
      `${TEST_FASTAPI_URL}${path}`,
      ({ request }) =>
        new Promise<Response>(() => {
          request.signal.addEventListener("abort", () => (aborted = true));
        }),
    ),
  );
  return { aborted: () => aborted };
}

describe("a FastAPI that never answers", () => {
  it("is given up on at the timeout by the real client, as a transient timeout", async () => {
    const hang = hangOn("get", "/api/v1/user/me/");
    const error = await send(fastapi.GET("/api/v1/user/me/")).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: "timeout", isTransient: true });
    expect(hang.aborted()).toBe(true);
  });

  it("makes a sign-in say the service is unavailable, setting no cookie", async () => {
    const hang = hangOn("post", "/api/v1/login");
    const result = await postForm(loginAction, {
      username: SEED_DEMO.username,
      password: SEED_DEMO.password,
    });
    expect(result).toEqual({
      ok: false,
      reason: "unavailable",
      message: "The service is unavailable right now. Please try again in a moment.",
    });
    expect(hang.aborted()).toBe(true);
    expect(requestScope.setCookieHeaders).toEqual([]);
  });
});

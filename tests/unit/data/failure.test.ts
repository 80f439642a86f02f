import { describe, expect, it } from "vitest";

import { actionFailureOf, failureOf } from "@/data/failure";
import { ApiError, SERVICE_UNAVAILABLE_MESSAGE, decodeHttpError } from "@/lib/api/errors";
import { RequestFailure, rateLimited } from "@/lib/request-failure";

describe("failureOf", () => {
  it("keeps a RequestFailure as it is", () => {
    const failure = rateLimited("Wait a minute.");
    expect(failureOf(failure)).toBe(failure);
  });

  it.each([
    [decodeHttpError(401, { detail: "Wrong" }), "unauthorized"],
    [decodeHttpError(403, { detail: "No" }), "forbidden"],
    [decodeHttpError(404, { detail: "Gone" }), "not-found"],
    [decodeHttpError(429, { detail: "Slow down" }), "rate-limited"],
    [decodeHttpError(500, "Internal Server Error"), "unavailable"],
    [new ApiError("unreachable", "down"), "unavailable"],
  ])("gives each FastAPI failure one reason (%s)", (error, reason) => {
    expect(failureOf(error)).toMatchObject({ reason });
  });

  it("puts FastAPI's known conflicts on their field", () => {
    expect(actionFailureOf(decodeHttpError(422, { detail: "Username not available" }))).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { username: ["This username is taken."] },
    });
  });

  it("never shows what a 5xx body said", () => {
    expect(actionFailureOf(decodeHttpError(500, "Traceback (most recent call last)"))).toEqual({
      ok: false,
      reason: "unavailable",
      message: SERVICE_UNAVAILABLE_MESSAGE,
    });
  });

  it("rethrows what is neither (a bug, or redirect())", () => {
    const bug = new TypeError("undefined is not a function");
    expect(() => failureOf(bug)).toThrow(bug);
    expect(new RequestFailure("invalid", "x")).toBeInstanceOf(Error);
  });
});

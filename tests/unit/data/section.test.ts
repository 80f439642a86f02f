import { isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { describe, expect, it } from "vitest";

import { readSection } from "@/data/section";
import { ApiError, decodeHttpError } from "@/lib/api/errors";
import { SessionExpiredError } from "@/lib/auth/session-expired";

import { redirectTarget } from "../../setup/redirect";

const failWith = (error: unknown) => () => Promise.reject(error);

describe("readSection", () => {
  it("hands over what the read returned", async () => {
    await expect(readSection(() => Promise.resolve(["a post"]))).resolves.toEqual({
      status: "ok",
      value: ["a post"],
    });
  });

  it.each([
    ["a plain-text 500", decodeHttpError(500, "Internal Server Error")],
    ["a 503", decodeHttpError(503, null)],
    ["a timeout", new ApiError("timeout", "slow")],
    ["a refused connection", new ApiError("unreachable", "down")],
    ["an unparsable answer", new ApiError("invalid-response", "garbage")],
  ])("makes only the section unavailable on %s", async (_, error) => {
    await expect(readSection(failWith(error))).resolves.toEqual({ status: "unavailable" });
  });

  it("still renders the not-found page on a 404", async () => {
    const thrown = await readSection(failWith(decodeHttpError(404, { detail: "User not found" }))).catch(
      (error: unknown) => error,
    );
    expect(isHTTPAccessFallbackError(thrown)).toBe(true);
  });

  it("still sends an ended session back to login", async () => {
    expect(await redirectTarget(readSection(failWith(new SessionExpiredError())))).toBe(
      "/login?reason=session-expired",
    );
  });

  it("lets a refusal that is not about the backend's health reach the error boundary", async () => {
    const forbidden = decodeHttpError(403, { detail: "Forbidden" });
    await expect(readSection(failWith(forbidden))).rejects.toBe(forbidden);
    const bug = new TypeError("not an API failure");
    await expect(readSection(failWith(bug))).rejects.toBe(bug);
  });
});

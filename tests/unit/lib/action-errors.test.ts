import { describe, expect, expectTypeOf, it } from "vitest";

import { attempt } from "@/lib/action-errors";
import type { ActionResult } from "@/lib/action-result";
import { ApiError, SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/api/errors";
import { SessionExpiredError } from "@/lib/auth/session-expired";
import type { FormAction, FormState } from "@/lib/forms/form-state";

describe("attempt", () => {
  it("answers what the data-layer call resolved to, typed, so an action can hand it to its form", async () => {
    const result = await attempt(() => Promise.resolve({ id: "5f1c" }));

    expect(result).toEqual({ ok: true, data: { id: "5f1c" } });
    expectTypeOf(result).toEqualTypeOf<ActionResult<{ id: string }>>();
  });

  it("answers ok for a call that resolves to nothing", async () => {
    await expect(attempt(() => Promise.resolve())).resolves.toEqual({ ok: true, data: undefined });
  });

  it("turns a 422 into field errors, renamed to the form's field names", async () => {
    const error = new ApiError("http", "Validation failed", {
      status: 422,
      fieldErrors: { media_url: ["Invalid URL"], title: ["Too short"] },
    });

    await expect(attempt(() => Promise.reject(error), { media_url: "mediaUrl" })).resolves.toEqual({
      ok: false,
      reason: "invalid",
      message: "Please correct the highlighted fields.",
      fieldErrors: { mediaUrl: ["Invalid URL"], title: ["Too short"] },
    });
  });

  it("turns an ended session and an outage into the failures a form shows", async () => {
    await expect(attempt(() => Promise.reject(new SessionExpiredError()))).resolves.toMatchObject({
      ok: false,
      reason: "session-expired",
    });
    await expect(
      attempt(() => Promise.reject(new ApiError("timeout", "FastAPI did not answer in time"))),
    ).resolves.toEqual({ ok: false, reason: "unavailable", message: SERVICE_UNAVAILABLE_MESSAGE });
  });

  it("lets anything that is not a backend or session failure through (a bug, or redirect())", async () => {
    const bug = new TypeError("undefined is not a function");
    await expect(attempt(() => Promise.reject(bug))).rejects.toBe(bug);
  });
});

describe("FormState", () => {
  it("carries an action's data to its form, typed", () => {
    expectTypeOf<NonNullable<FormState<{ id: string }>>>().extract<{ ok: true }>().toHaveProperty("data");
    expectTypeOf<Extract<NonNullable<FormState<{ id: string }>>, { ok: true }>["data"]>().toEqualTypeOf<{
      id: string;
    }>();
    expectTypeOf<Parameters<FormAction<{ id: string }>>[0]>().toEqualTypeOf<FormState<{ id: string }>>();
  });
});

import { describe, expect, expectTypeOf, it } from "vitest";

import { formErrorsOf, type FormAction, type FormState } from "@/lib/forms/form-state";

const FIELDS = ["title", "text"];

describe("formErrorsOf", () => {
  it("has no errors before the first answer or after a success", () => {
    expect(formErrorsOf(null, FIELDS)).toBeUndefined();
    expect(formErrorsOf({ ok: true, data: undefined }, FIELDS)).toBeUndefined();
  });

  it("puts each field's messages on that field and the form's message on root, typed by the reason", () => {
    const errors = formErrorsOf(
      {
        ok: false,
        reason: "invalid",
        message: "Please correct the highlighted fields.",
        fieldErrors: { title: ["Too short.", "Too plain."], text: [] },
      },
      FIELDS,
    );

    expect(errors).toEqual({
      title: { type: "server", message: "Too short. Too plain." },
      root: { server: { type: "invalid", message: "Please correct the highlighted fields." } },
    });
  });

  it("adds messages for fields the form does not have to the form-level message, so none is lost", () => {
    const errors = formErrorsOf(
      { ok: false, reason: "invalid", message: "Check the form.", fieldErrors: { media_url: ["Bad URL."] } },
      FIELDS,
    );

    expect(errors).toEqual({ root: { server: { type: "invalid", message: "Check the form. Bad URL." } } });
  });

  it("keeps the reason of a failure without a message, e.g. an ended session", () => {
    const errors = formErrorsOf({ ok: false, reason: "session-expired", message: "Sign in again." }, FIELDS);

    expect(errors?.root?.server).toEqual({ type: "session-expired", message: "Sign in again." });
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

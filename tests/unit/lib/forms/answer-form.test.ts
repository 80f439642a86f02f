import { describe, expect, it } from "vitest";

import { fail, ok } from "@/lib/action-result";
import { answerForm, type FormFields } from "@/lib/forms/answer-form";

import { formDataOf } from "../../helpers/post-form";

describe("answerForm", () => {
  it("hands the action the posted text fields, without Next's own $ACTION fields or files", async () => {
    const formData = formDataOf({ title: "Hello", $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"x"}' });
    formData.append("upload", new Blob(["bytes"]), "file.txt");
    let received: FormFields = {};

    await answerForm(formData, async (fields) => {
      received = fields;
      return ok(undefined);
    });

    expect(received).toEqual({ title: "Hello" });
  });

  it("sends a failure back with what was typed, so a page rendered without JavaScript keeps the input", async () => {
    const answer = await answerForm(formDataOf({ username: "demo", name: "Demo" }), async () =>
      fail("invalid", "Please correct the highlighted fields.", { username: ["This username is taken."] }),
    );

    expect(answer).toEqual({
      ok: false,
      reason: "invalid",
      message: "Please correct the highlighted fields.",
      fieldErrors: { username: ["This username is taken."] },
      values: { username: "demo", name: "Demo" },
    });
  });

  it("never sends a secret field back, whatever the failure", async () => {
    const answer = await answerForm(
      formDataOf({ username: "demo", password: "Dem0Passw0rd!", currentPassword: "0ld-Passw0rd" }),
      async () => fail("unauthorized", "Wrong username, e-mail or password."),
      { secretFields: ["password", "currentPassword"] },
    );

    expect(answer?.values).toEqual({ username: "demo" });
    expect(JSON.stringify(answer)).not.toContain("Passw0rd");
  });

  it("sends nothing typed back after a success, so a create form starts empty again", async () => {
    const answer = await answerForm(formDataOf({ name: "gold" }), async () => ok(undefined));

    expect(answer).toEqual({ ok: true, data: undefined });
  });
});

import { describe, expect, it } from "vitest";

import { registerAction } from "@/actions/auth";

import { SEED_DEMO } from "../../fixtures/seed";
import { mockBackend } from "../../mocks/node";
import { setCookiesNamed } from "../../setup/next-request-scope";
import { redirectTarget } from "../../setup/redirect";
import { postForm } from "../helpers/post-form";

const newUser = {
  name: "Carol Example",
  username: "carol",
  email: "carol@example.com",
  password: "Carol-Passw0rd",
};

describe("registerAction", () => {
  it("creates the account and lands the user signed in", async () => {
    const target = await redirectTarget(postForm(registerAction, newUser));

    expect(target).toBe("/dashboard");
    expect(setCookiesNamed("refresh_token")).toHaveLength(1);
    expect(mockBackend.stats()).toMatchObject({ "POST /api/v1/user": 1, "POST /api/v1/login": 1 });
  });

  it("puts FastAPI's duplicate e-mail answer on the e-mail field", async () => {
    const result = await postForm(registerAction, { ...newUser, email: SEED_DEMO.email });
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { email: ["An account with this e-mail already exists."] },
    });
  });

  it("puts FastAPI's duplicate username answer on the username field", async () => {
    const result = await postForm(registerAction, { ...newUser, username: SEED_DEMO.username });
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { username: ["This username is taken."] },
    });
  });

  it("enforces rules stricter than FastAPI's before calling it", async () => {
    const result = await postForm(registerAction, {
      name: "A",
      username: "Not Valid",
      email: "nope",
      password: "short",
    });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password", "username"]);
    expect(mockBackend.stats()["POST /api/v1/user"]).toBeUndefined();
  });

  it("refuses a password FastAPI would silently truncate", async () => {
    const result = await postForm(registerAction, { ...newUser, password: `Aa1${"x".repeat(70)}` });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: ["Use at most 72 bytes."] } });
  });
});

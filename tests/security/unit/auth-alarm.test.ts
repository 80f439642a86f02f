// The global alarm through the sign-in and sign-up actions, with a ceiling of 5 (set before the app reads its
// configuration): strangers' failures slow everyone down but never refuse a correct password, and successful
// sign-ups count against nothing, so no client can shut sign-in or sign-up for everyone else.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_RATE_LIMIT_GLOBAL = "5";
});

import { loginAction, registerAction } from "@/actions/auth";

import { SEED_DEMO } from "../../fixtures/seed";
import { requestScope } from "../../setup/next-request-scope";
import { redirectTarget } from "../../setup/redirect";
import { postForm } from "../../unit/helpers/post-form";

let address = 0;
const fromNewAddress = () => {
  requestScope.extraHeaders = { "x-forwarded-for": `203.0.113.${++address}` };
};

/** The limiter's clock (Date.now), moved only by the tests; timers stay real, so the alarm's wait is real. */
let now = Date.now();
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  // Each test after every window an earlier one opened.
  vi.setSystemTime((now += 3_600_000));
  fromNewAddress();
});
afterEach(() => vi.useRealTimers());

describe("the global alarm", () => {
  it("lets a correct password in from a new browser after strangers sprayed every account", async () => {
    for (let account = 0; account < 7; account++) {
      fromNewAddress();
      await postForm(loginAction, { username: `spray${account}`, password: "wrong-password" });
    }
    fromNewAddress();
    const target = await redirectTarget(
      postForm(loginAction, { username: SEED_DEMO.username, password: SEED_DEMO.password }),
    );
    expect(target).toBe("/dashboard");
  });

  it("does not count successful sign-ups, so sign-up stays open for the next person", async () => {
    const signUp = (index: number) =>
      redirectTarget(
        postForm(registerAction, {
          name: "New Person",
          username: `newperson${index}`,
          email: `newperson${index}@example.com`,
          password: "New-Person-Passw0rd",
        }),
      );
    for (let index = 0; index < 7; index++) {
      fromNewAddress();
      requestScope.browserCookies.clear();
      expect(await signUp(index)).toBe("/dashboard");
    }
  });
});

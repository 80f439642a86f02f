// The access and session checks every admin action must pass, shared by the admin action test files.
import { expect, it } from "vitest";

import type { ActionResult } from "@/lib/action-result";

import { SEED_DEMO } from "../../fixtures/seed";
import { mockBackend } from "../../mocks/node";
import { requestScope } from "../../setup/next-request-scope";

import {
  SESSION_EXPIRED,
  backendCallCount,
  demoteAtBackend,
  makeBackendRefuseTokens,
  signIn,
  signInNewAdmin,
} from "./action-session";

/**
 * Registers, inside the caller's describe block: a non-superuser is refused before any backend call, FastAPI's
 * own 403 is reported as forbidden, and an ended session is a typed result, never a redirect. `unchanged`
 * asserts that the backend's state is as it was.
 */
export function itGuardsSuperuserAction(run: () => Promise<ActionResult>, unchanged: () => void): void {
  it("refuses a signed-in non-superuser before any backend call", async () => {
    await signIn(SEED_DEMO);
    const calls = backendCallCount();

    await expect(run()).resolves.toEqual({
      ok: false,
      reason: "forbidden",
      message: "Only administrators can do this.",
    });
    expect(backendCallCount()).toBe(calls);
    unchanged();
  });

  it("reports FastAPI's 403 (superuser flag taken away since sign-in) as forbidden", async () => {
    const admin = await signInNewAdmin();
    demoteAtBackend(admin.username);

    await expect(run()).resolves.toEqual({
      ok: false,
      reason: "forbidden",
      message: "You are not allowed to do this.",
    });
    unchanged();
  });

  it("returns session-expired without redirecting when there is no session cookie", async () => {
    await signInNewAdmin();
    requestScope.browserCookies.clear();
    const calls = backendCallCount();

    await expect(run()).resolves.toEqual(SESSION_EXPIRED);
    expect(backendCallCount()).toBe(calls);
    unchanged();
  });

  it("returns session-expired without redirecting when FastAPI refuses the refresh token", async () => {
    const admin = await signInNewAdmin();
    await makeBackendRefuseTokens(admin.username);

    await expect(run()).resolves.toEqual(SESSION_EXPIRED);
    expect(mockBackend.stats()["POST /api/v1/refresh"]).toBe(1);
    unchanged();
  });
}

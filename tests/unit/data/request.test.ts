import { isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { describe, expect, expectTypeOf, it } from "vitest";

import { forAction, forPage, forSection } from "@/data/request";
import type { ActionResult } from "@/lib/action-result";
import { ApiError, SERVICE_UNAVAILABLE_MESSAGE, decodeHttpError } from "@/lib/api/errors";
import { conflict, sessionExpired } from "@/lib/request-failure";

import { redirectTarget } from "../../setup/redirect";
import { backendCallCount, signInNewAccount, signInNewAdmin } from "../helpers/action-session";

const failWith = (error: unknown) => () => Promise.reject(error);

/** Next's notFound() and forbidden() throw an error whose digest names the status. */
async function accessFallbackStatus(work: Promise<unknown>): Promise<string | undefined> {
  const thrown = await work.catch((error: unknown) => error);
  return isHTTPAccessFallbackError(thrown) ? thrown.digest.split(";")[1] : undefined;
}

describe("forSection", () => {
  it("hands the viewer to the read and its value to the page", async () => {
    const { username } = await signInNewAccount();
    await expect(forSection((viewer) => Promise.resolve(viewer.username))).resolves.toEqual({
      status: "ok",
      value: username,
    });
  });

  it.each([
    ["a plain-text 500", decodeHttpError(500, "Internal Server Error")],
    ["a 503", decodeHttpError(503, null)],
    ["a timeout", new ApiError("timeout", "slow")],
    ["a refused connection", new ApiError("unreachable", "down")],
    ["an unparsable answer", new ApiError("invalid-response", "garbage")],
  ])("makes only the section unavailable on %s", async (_, error) => {
    await signInNewAccount();
    await expect(forSection(failWith(error))).resolves.toEqual({ status: "unavailable" });
  });

  it("still renders the not-found page on a 404, and the 403 page on a 403", async () => {
    await signInNewAccount();
    const missing = forSection(failWith(decodeHttpError(404, { detail: "Nope" })));
    expect(await accessFallbackStatus(missing)).toBe("404");
    const refused = forSection(failWith(decodeHttpError(403, { detail: "No" })));
    expect(await accessFallbackStatus(refused)).toBe("403");
  });

  it("still sends an ended session back to login", async () => {
    await signInNewAccount();
    expect(await redirectTarget(forSection(failWith(sessionExpired())))).toBe(
      "/login?reason=session-expired",
    );
  });

  it("lets a bug reach the error boundary as it was thrown", async () => {
    await signInNewAccount();
    const bug = new TypeError("not an API failure");
    await expect(forSection(failWith(bug))).rejects.toBe(bug);
  });
});

describe("forPage", () => {
  it("sends a visitor without a session to the login page before reading", async () => {
    let read = false;
    const page = forPage(() => {
      read = true;
      return Promise.resolve();
    });
    expect(await redirectTarget(page)).toBe("/login");
    expect(read).toBe(false);
  });

  it("gives a signed-in user who is not a superuser the 403 page on a superuser's page", async () => {
    await signInNewAccount();
    expect(await accessFallbackStatus(forPage(() => Promise.resolve(), { role: "superuser" }))).toBe("403");
  });

  it("lets an outage reach the error boundary, which offers a retry", async () => {
    await signInNewAccount();
    const outage = new ApiError("timeout", "slow");
    await expect(forPage(failWith(outage))).rejects.toBe(outage);
  });
});

describe("forAction", () => {
  it("answers what the work resolved to, typed, so an action can hand it to its form", async () => {
    await signInNewAccount();
    const result = await forAction(() => Promise.resolve({ id: "5f1c" }));

    expect(result).toEqual({ ok: true, data: { id: "5f1c" } });
    expectTypeOf(result).toEqualTypeOf<ActionResult<{ id: string }>>();
  });

  it("refuses without a session, and a non-superuser on a superuser's action, before any backend call", async () => {
    let ran = false;
    const work = () => {
      ran = true;
      return Promise.resolve();
    };
    await expect(forAction(work)).resolves.toMatchObject({ reason: "session-expired" });
    await signInNewAccount();
    const calls = backendCallCount();
    await expect(forAction(work, { role: "superuser" })).resolves.toEqual({
      ok: false,
      reason: "forbidden",
      message: "Only administrators can do this.",
    });
    expect(ran).toBe(false);
    expect(backendCallCount()).toBe(calls);
  });

  it("lets a superuser's action run", async () => {
    await signInNewAdmin();
    await expect(forAction(() => Promise.resolve(7), { role: "superuser" })).resolves.toEqual({
      ok: true,
      data: 7,
    });
  });

  it("turns a 422 into field errors, renamed to the form's field names", async () => {
    await signInNewAccount();
    const error = new ApiError("http", "Validation failed", {
      status: 422,
      fieldErrors: { media_url: ["Invalid URL"], title: ["Too short"] },
    });

    await expect(forAction(failWith(error), { fields: { media_url: "mediaUrl" } })).resolves.toEqual({
      ok: false,
      reason: "invalid",
      message: "Please correct the highlighted fields.",
      fieldErrors: { mediaUrl: ["Invalid URL"], title: ["Too short"] },
    });
  });

  it("puts a conflict on its field, or above the form when it has none", async () => {
    await signInNewAccount();
    await expect(forAction(failWith(conflict("Taken.", "name")))).resolves.toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { name: ["Taken."] },
    });
    await expect(forAction(failWith(conflict("Still in use.")))).resolves.toEqual({
      ok: false,
      reason: "invalid",
      message: "Still in use.",
    });
  });

  it("turns an ended session and an outage into the failures a form shows", async () => {
    await signInNewAccount();
    await expect(forAction(failWith(sessionExpired()))).resolves.toMatchObject({
      ok: false,
      reason: "session-expired",
    });
    const outage = new ApiError("timeout", "FastAPI did not answer in time");
    await expect(forAction(failWith(outage))).resolves.toEqual({
      ok: false,
      reason: "unavailable",
      message: SERVICE_UNAVAILABLE_MESSAGE,
    });
  });

  it("lets anything that is not a backend or request failure through (a bug, or redirect())", async () => {
    await signInNewAccount();
    const bug = new TypeError("undefined is not a function");
    await expect(forAction(failWith(bug))).rejects.toBe(bug);
  });
});

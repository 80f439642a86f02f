import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { fastapi, send } from "@/lib/api/client";
import { ApiError, SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/api/errors";

import { TEST_FASTAPI_URL, server } from "../../../mocks/node";

const ME = `${TEST_FASTAPI_URL}/api/v1/user/me/`;

/** Answers the next /user/me/ call with `response` and returns what the real client threw. */
async function failureFor(response: () => Response | Promise<Response>): Promise<ApiError> {
  server.use(http.get(ME, response, { once: true }));
  const error = await send(fastapi.GET("/api/v1/user/me/")).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("the error decoder, through the real client", () => {
  it("keeps a string detail as the message", async () => {
    const error = await failureFor(() => HttpResponse.json({ detail: "User not found" }, { status: 404 }));
    expect(error).toMatchObject({ kind: "http", status: 404, message: "User not found", fieldErrors: {} });
  });

  it("reads the 401 that carries WWW-Authenticate like any other", async () => {
    const error = await failureFor(() =>
      HttpResponse.json(
        { detail: "Not authenticated" },
        { status: 401, headers: { "www-authenticate": "Bearer" } },
      ),
    );
    expect(error).toMatchObject({ kind: "http", status: 401, message: "Not authenticated" });
  });

  it("keeps the generic 403 detail", async () => {
    const error = await failureFor(() =>
      HttpResponse.json({ detail: "Request forbidden -- authorization will not help" }, { status: 403 }),
    );
    expect(error).toMatchObject({ status: 403, message: "Request forbidden -- authorization will not help" });
  });

  it("maps a 422 list onto fields by the last loc element, keeping every message", async () => {
    const error = await failureFor(() =>
      HttpResponse.json(
        {
          detail: [
            {
              type: "string_too_short",
              loc: ["body", "name"],
              msg: "String should have at least 2 characters",
              input: "a",
              ctx: { min_length: 2 },
            },
            {
              type: "string_pattern_mismatch",
              loc: ["body", "username"],
              msg: "String should match pattern '^[a-z0-9]+$'",
              input: "A",
              ctx: { pattern: "^[a-z0-9]+$" },
            },
            { type: "missing", loc: ["body", "username"], msg: "Field required", input: null },
            {
              type: "int_parsing",
              loc: ["query", "page"],
              msg: "Input should be a valid integer",
              input: "x",
            },
          ],
        },
        { status: 422 },
      ),
    );
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual({
      name: ["String should have at least 2 characters"],
      username: ["String should match pattern '^[a-z0-9]+$'", "Field required"],
      page: ["Input should be a valid integer"],
    });
  });

  it("keeps a 422 string detail (duplicates) as the message", async () => {
    const error = await failureFor(() =>
      HttpResponse.json({ detail: "Username not available" }, { status: 422 }),
    );
    expect(error).toMatchObject({ status: 422, message: "Username not available", fieldErrors: {} });
  });

  it("never shows a plain-text 500 body", async () => {
    const error = await failureFor(
      () =>
        new HttpResponse("Internal Server Error", {
          status: 500,
          headers: { "content-type": "text/plain; charset=utf-8" },
        }),
    );
    expect(error).toMatchObject({
      kind: "http",
      status: 500,
      message: SERVICE_UNAVAILABLE_MESSAGE,
      isTransient: true,
    });
  });

  it("reads a newer fork's message envelope", async () => {
    const error = await failureFor(() =>
      HttpResponse.json({ data: null, isSuccess: false, message: "Nope", statusCode: 400 }, { status: 400 }),
    );
    expect(error).toMatchObject({ status: 400, message: "Nope" });
  });

  it("gives a generic message for an unknown body", async () => {
    const error = await failureFor(() => HttpResponse.json({ unexpected: true }, { status: 405 }));
    expect(error).toMatchObject({ status: 405, message: "Unexpected answer from the service (HTTP 405)." });
  });

  it("treats a 2xx body that is not JSON as an invalid response", async () => {
    const error = await failureFor(() => new HttpResponse("<html>proxy page</html>", { status: 200 }));
    expect(error).toMatchObject({ kind: "invalid-response", isTransient: true });
  });

  it("does not follow FastAPI's slash redirects", async () => {
    const error = await failureFor(
      () =>
        new HttpResponse(null, {
          status: 307,
          headers: { location: "http://elsewhere.example/api/v1/user/me" },
        }),
    );
    expect(error).toMatchObject({ kind: "http", status: 307 });
  });

  it("reports a refused connection as unreachable", async () => {
    const error = await failureFor(() => HttpResponse.error());
    expect(error).toMatchObject({
      kind: "unreachable",
      message: SERVICE_UNAVAILABLE_MESSAGE,
      isTransient: true,
    });
  });
});

// A FastAPI call that fails is one warning in the app's log, naming the route's template and never the URL.
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { readUser } from "@/lib/api/users";

import { TEST_FASTAPI_URL, server } from "../../../mocks/node";
import { captureLogLines } from "../../../setup/log-lines";
import { requestScope, resetRequestScope } from "../../../setup/next-request-scope";

let logged: string[];
beforeEach(() => {
  logged = captureLogLines().lines;
});
afterEach(() => resetRequestScope());

const entries = () => logged.map((line) => JSON.parse(line) as Record<string, unknown>);

describe("the FastAPI client's log", () => {
  it("says which call got no answer, why and for which request, without the username in its path", async () => {
    requestScope.extraHeaders["x-request-id"] = "req-7f3a";
    server.use(http.get(`${TEST_FASTAPI_URL}/api/v1/user/:username`, () => HttpResponse.error()));
    await expect(readUser("carol")).rejects.toMatchObject({ kind: "unreachable" });
    expect(entries()).toEqual([
      expect.objectContaining({
        level: "warn",
        event: "fastapi-unanswered",
        method: "GET",
        route: "/api/v1/user/{username}",
        cause: "TypeError",
        requestId: "req-7f3a",
      }),
    ]);
    expect(logged.join("\n")).not.toContain("carol");
  });

  it("logs a 5xx answer with its status, and nothing for a 4xx", async () => {
    server.use(
      http.get(`${TEST_FASTAPI_URL}/api/v1/user/:username`, ({ params }) =>
        params.username === "broken"
          ? HttpResponse.text("Internal Server Error", { status: 500 })
          : HttpResponse.json({ detail: "User not found" }, { status: 404 }),
      ),
    );
    await expect(readUser("nobody")).rejects.toMatchObject({ status: 404 });
    expect(entries()).toEqual([]);
    await expect(readUser("broken")).rejects.toMatchObject({ status: 500 });
    expect(entries()).toEqual([
      expect.objectContaining({ event: "fastapi-error", route: "/api/v1/user/{username}", status: 500 }),
    ]);
  });
});

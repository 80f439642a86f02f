// Behaviour every route shares: 404/405, slash redirects, Cache-Control, no CORS
// (docs/fastapi-contract.md §1).
import { describe, expect, it } from "vitest";
import { CACHE_CONTROL, expectDetail, expectUnhandledServerError } from "./support/expectations";
import { call } from "./support/http";
import { target } from "./support/target";

const host = new URL(target.url).host;

describe("unknown paths and methods", () => {
  it.each(["/", "/api/v1", "/api/v1/does-not-exist", "/api/v2/users"])(
    "answers 404 'Not Found' for %s",
    async (path) => {
      await expectDetail(await call("GET", path), 404, "Not Found");
    },
  );

  it.each([
    ["GET", "/api/v1/login", "POST"],
    ["OPTIONS", "/api/v1/login", "POST"],
    ["PUT", "/api/v1/user/someone", "GET"],
    ["HEAD", "/api/v1/users", "GET"],
  ])("answers 405 to %s %s with allow: %s", async (method, path, allow) => {
    const response = await call(method, path);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
    expect(response.headers.get("cache-control")).toBe(CACHE_CONTROL);
    if (method !== "HEAD") expect(await response.json()).toEqual({ detail: "Method Not Allowed" });
  });
});

describe("trailing slashes", () => {
  it.each([
    ["GET", "/api/v1/users/?page=2&items_per_page=5", "/api/v1/users?page=2&items_per_page=5"],
    ["POST", "/api/v1/login/", "/api/v1/login"],
    ["GET", "/api/v1/tiers/", "/api/v1/tiers"],
  ])("redirects %s %s with a 307 to the absolute URL built from Host", async (method, path, location) => {
    const response = await call(method, path);
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`http://${host}${location}`);
    expect(response.headers.get("cache-control")).toBe(CACHE_CONTROL);
    expect(await response.text()).toBe("");
  });
});

describe("Cache-Control", () => {
  it("is on normal answers of any status, and absent from unhandled 500s", async () => {
    expect((await call("GET", "/api/v1/users")).headers.get("cache-control")).toBe(CACHE_CONTROL);
    expect((await call("GET", "/api/v1/user/me/")).headers.get("cache-control")).toBe(CACHE_CONTROL);
    expect((await call("GET", "/api/v1/users?page=x")).headers.get("cache-control")).toBe(CACHE_CONTROL);
    await expectUnhandledServerError(await call("GET", "/api/v1/users?page=-1"));
  });
});

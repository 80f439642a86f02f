// The request id: made by the proxy unless a trusted proxy sent one, returned to the client, passed on to the
// render, and sent with every FastAPI call made for that request (the proxy's refreshes and the data layer's).
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

import { loginAction } from "@/actions/auth";
import { listTiers } from "@/lib/api/tiers";

import { proxy } from "../../../proxy";
import { mockBackend, server } from "../../mocks/node";
import { requestScope } from "../../setup/next-request-scope";
import { redirectTarget } from "../../setup/redirect";
import { postForm } from "../helpers/post-form";
import { signInNewUser } from "../helpers/signed-in-user";

const APP = "http://localhost:3000";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The x-request-id of every FastAPI request made while `work` runs, by method and path. */
async function idsSentToFastapi(work: () => Promise<unknown>): Promise<Map<string, string | null>> {
  const sent = new Map<string, string | null>();
  const record = ({ request }: { request: Request }) =>
    void sent.set(`${request.method} ${new URL(request.url).pathname}`, request.headers.get("x-request-id"));
  server.events.on("request:start", record);
  try {
    await work();
  } finally {
    server.events.removeListener("request:start", record);
  }
  return sent;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the proxy's request id", () => {
  it("is made for each request, returned to the client and passed on to the render", async () => {
    const first = await proxy(new NextRequest(`${APP}/`));
    const second = await proxy(new NextRequest(`${APP}/`));
    const id = first.headers.get("x-request-id") ?? "";
    expect(id).toMatch(UUID);
    expect(second.headers.get("x-request-id")).not.toBe(id);
    expect(first.headers.get("x-middleware-request-x-request-id")).toBe(id);
  });

  it("replaces a client's own x-request-id: only a trusted proxy's is believed", async () => {
    const response = await proxy(new NextRequest(`${APP}/`, { headers: { "x-request-id": "forged-id" } }));
    expect(response.headers.get("x-request-id")).toMatch(UUID);
    expect(response.headers.get("x-middleware-request-x-request-id")).toMatch(UUID);
  });

  it("keeps a trusted proxy's well-formed id, and replaces one that could bend a log line", async () => {
    vi.stubEnv("TRUST_PROXY_HEADERS", "true");
    vi.resetModules();
    const { requestIdFor } = await import("@/lib/request-id");
    expect(requestIdFor(new Headers({ "x-request-id": "lb-7f3a.42:1" }))).toBe("lb-7f3a.42:1");
    for (const bent of ["two words", "a".repeat(129), 'quote"d', "semi;colon"]) {
      expect(requestIdFor(new Headers({ "x-request-id": bent }))).toMatch(UUID);
    }
  });

  it("goes to FastAPI with the refresh the proxy makes", async () => {
    const { username } = await signInNewUser();
    requestScope.browserCookies.clear();
    await redirectTarget(postForm(loginAction, { username, password: "Tester-Passw0rd" }));
    const cookies = new Map(requestScope.browserCookies);
    cookies.set(
      "access_token",
      await mockBackend.signToken({
        sub: username,
        token_type: "access",
        exp: Math.floor(Date.now() / 1000) + 30,
      }),
    );
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    let response: Response | undefined;
    const sent = await idsSentToFastapi(async () => {
      response = await proxy(new NextRequest(`${APP}/dashboard`, { headers: { cookie } }));
    });
    expect(sent.get("POST /api/v1/refresh")).toBe(response?.headers.get("x-request-id"));
  });
});

describe("FastAPI calls of a render or an action", () => {
  it("carry the request's id", async () => {
    requestScope.extraHeaders = { "x-request-id": "0b5e7c1e-the-proxy-made-this" };
    const sent = await idsSentToFastapi(() => listTiers());
    expect(sent.get("GET /api/v1/tiers")).toBe("0b5e7c1e-the-proxy-made-this");
  });

  it("make none up when the request has none", async () => {
    requestScope.extraHeaders = {};
    const sent = await idsSentToFastapi(() => listTiers());
    expect(sent.get("GET /api/v1/tiers")).toBeNull();
  });
});

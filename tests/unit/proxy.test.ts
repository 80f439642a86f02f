import { http, HttpResponse } from "msw";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { loginAction } from "@/actions/auth";

import { proxy } from "../../proxy";
import { TEST_FASTAPI_URL, mockBackend, server } from "../mocks/node";
import { requestScope } from "../setup/next-request-scope";
import { redirectTarget } from "../setup/redirect";
import { postForm } from "./helpers/post-form";
import { signInNewUser } from "./helpers/signed-in-user";

const APP = "http://localhost:3000";

interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
}

function request(path: string, cookies = new Map<string, string>(), options: RequestOptions = {}) {
  const headers = new Headers(options.headers);
  const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  if (cookie) headers.set("cookie", cookie);
  return new NextRequest(`${APP}${path}`, { method: options.method, headers });
}

/** How Next's client posts a server action: the action id travels in a header. */
const serverActionPost = { method: "POST", headers: { "next-action": "0123abcd" } };

/** A browser holding a real session (Better Auth cookies plus tokens) for a fresh user. */
async function signedInBrowser(): Promise<{ cookies: Map<string, string>; username: string }> {
  const { username } = await signInNewUser();
  requestScope.browserCookies.clear();
  await redirectTarget(postForm(loginAction, { username, password: "Tester-Passw0rd" }));
  return { cookies: new Map(requestScope.browserCookies), username };
}

const nearExpiry = (username: string, seconds: number) =>
  mockBackend.signToken({
    sub: username,
    token_type: "access",
    exp: Math.floor(Date.now() / 1000) + seconds,
  });

describe("proxy", () => {
  it("sends a signed-out visitor to the login page with the path to come back to", async () => {
    const response = await proxy(request("/dashboard/x?y=1"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`${APP}/login?next=%2Fdashboard%2Fx%3Fy%3D1`);
  });

  it.each(["/Dashboard", "/%64ashboard", "/dashboard/", "/dashboard/deep/path"])(
    "guards the variant %s",
    async (path) => {
      const response = await proxy(request(path));
      expect(response.headers.get("location")).toMatch(/\/login\?next=/);
    },
  );

  it("answers a malformed percent-escape with 400 instead of letting the router fail with a 500", async () => {
    const { cookies } = await signedInBrowser();
    for (const path of ["/dashboard/users/%E0%A4%A", "/login%", "/%zz"]) {
      const response = await proxy(request(path, cookies));
      expect(response.status, path).toBe(400);
    }
  });

  it.each(["PUT", "POST", "DELETE", "PATCH", "OPTIONS"])(
    "answers %s on a build asset with 405 and the methods it allows, with the security headers",
    async (method) => {
      for (const path of ["/_next/static/chunks/main.js", "/_next/static/no-such-file"]) {
        const response = await proxy(request(path, new Map(), { method }));
        expect(response.status, path).toBe(405);
        expect(response.headers.get("allow")).toBe("GET, HEAD");
        expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      }
    },
  );

  it("lets GET and HEAD of a build asset through", async () => {
    for (const method of ["GET", "HEAD"]) {
      const response = await proxy(request("/_next/static/chunks/main.js", new Map(), { method }));
      expect(response.status, method).toBe(200);
      expect(response.headers.get("x-middleware-next")).toBe("1");
    }
  });

  it("treats a garbled session cookie as signed out", async () => {
    const { cookies } = await signedInBrowser();
    cookies.set("better-auth.session_data", "garbage.not.a.jwe");
    const response = await proxy(request("/dashboard", cookies));
    expect(response.headers.get("location")).toMatch(/\/login\?next=/);
  });

  it("lets a signed-in user through without a refresh while the token is fresh", async () => {
    const { cookies } = await signedInBrowser();
    const response = await proxy(request("/dashboard", cookies));
    expect(response.headers.get("location")).toBeNull();
    expect(response.cookies.getAll()).toEqual([]);
    expect(mockBackend.stats()["POST /api/v1/refresh"]).toBeUndefined();
  });

  it("refreshes a token within 60 s of expiry for this render and for the browser", async () => {
    const { cookies, username } = await signedInBrowser();
    cookies.set("access_token", await nearExpiry(username, 30));

    const response = await proxy(request("/dashboard", cookies));

    expect(mockBackend.stats()["POST /api/v1/refresh"]).toBe(1);
    const stored = response.cookies.get("access_token");
    expect(stored).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect(stored?.value).not.toBe(cookies.get("access_token"));
    // The same request's render sees the new token through Next's request-override header.
    expect(response.headers.get("x-middleware-request-cookie")).toContain(`access_token=${stored?.value}`);
  });

  it("signs the user out when FastAPI refuses the refresh", async () => {
    const { cookies, username } = await signedInBrowser();
    cookies.set("access_token", await nearExpiry(username, -10));
    cookies.set("refresh_token", "revoked-or-garbage");

    const response = await proxy(request("/dashboard", cookies));

    expect(response.headers.get("location")).toMatch(/\/login\?next=/);
    expect(response.cookies.get("access_token")?.value).toBe("");
    expect(response.cookies.get("refresh_token")?.value).toBe("");
  });

  it("keeps the user signed in when the backend is down, and lets the page explain", async () => {
    const { cookies, username } = await signedInBrowser();
    cookies.set("access_token", await nearExpiry(username, -10));
    server.use(http.post(`${TEST_FASTAPI_URL}/api/v1/refresh`, () => HttpResponse.error()));

    const response = await proxy(request("/dashboard", cookies));

    expect(response.headers.get("location")).toBeNull();
    expect(response.cookies.getAll()).toEqual([]);
  });

  it("lets a server action through without a session, so the action can answer and the form stays", async () => {
    const response = await proxy(request("/dashboard/posts/new", new Map(), serverActionPost));
    expect(response.headers.get("location")).toBeNull();
  });

  it("lets a server action through when FastAPI refuses the refresh, without touching the cookies", async () => {
    const { cookies, username } = await signedInBrowser();
    cookies.set("access_token", await nearExpiry(username, -10));
    cookies.set("refresh_token", "revoked-or-garbage");

    const response = await proxy(request("/dashboard/posts/new", cookies, serverActionPost));

    expect(response.headers.get("location")).toBeNull();
    expect(response.cookies.getAll()).toEqual([]);
  });

  it("still redirects a plain POST without a session: only server actions are let through", async () => {
    const response = await proxy(request("/dashboard/posts/new", new Map(), { method: "POST" }));
    expect(response.headers.get("location")).toMatch(/\/login\?next=/);
  });

  it("sends a signed-in user away from the login and register pages", async () => {
    const { cookies } = await signedInBrowser();
    for (const path of ["/login", "/register"]) {
      const response = await proxy(request(path, cookies));
      expect(response.headers.get("location")).toBe(`${APP}/dashboard`);
    }
  });

  it("lets a user whose session FastAPI ended reach the login form", async () => {
    const { cookies } = await signedInBrowser();
    const response = await proxy(request("/login?reason=session-expired", cookies));
    expect(response.headers.get("location")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";

import { storeRefreshedTokens } from "@/lib/auth/request-tokens";

import { mockBackend } from "../../../mocks/node";
import { requestScope, setCookiesNamed } from "../../../setup/next-request-scope";

const inSeconds = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;
const accessToken = (exp: number) => mockBackend.signToken({ sub: "demo", token_type: "access", exp });

describe("storing refreshed tokens", () => {
  it("keeps a rotated refresh token in an HttpOnly cookie with the lifetime the provider gave it", async () => {
    await storeRefreshedTokens({
      accessToken: await accessToken(inSeconds(300)),
      refreshToken: "rotated",
      refreshMaxAge: 1800,
    });

    expect(setCookiesNamed("refresh_token")).toEqual([
      expect.objectContaining({ value: "rotated", maxAge: 1800, httpOnly: true, sameSite: "lax", path: "/" }),
    ]);
    const [access] = setCookiesNamed("access_token");
    expect(access).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect(access?.maxAge).toBeGreaterThan(295);
    expect(access?.maxAge).toBeLessThanOrEqual(300);
  });

  it("leaves the refresh token alone when it was not rotated (FastAPI's /refresh)", async () => {
    requestScope.browserCookies.set("refresh_token", "unchanged");
    await storeRefreshedTokens({ accessToken: await accessToken(inSeconds(60)) });

    expect(setCookiesNamed("refresh_token")).toEqual([]);
    expect(requestScope.browserCookies.get("refresh_token")).toBe("unchanged");
  });

  it("stores nothing inside a Server Component render, where cookies are read-only", async () => {
    requestScope.readOnly = true;
    await storeRefreshedTokens({
      accessToken: await accessToken(inSeconds(60)),
      refreshToken: "rotated",
      refreshMaxAge: 1800,
    });
    expect(requestScope.setCookieHeaders).toEqual([]);
  });
});

// The single-flight refresh's memory, in one process: a provider that hands back an earlier refresh token ends the
// chain instead of looping, and a session that signed out is never answered from what was remembered for it: its
// replayed tokens go to the issuer, which refuses them (FastAPI) or sees their reuse (a rotating provider).
import { describe, expect, it } from "vitest";

import { loginAction, logoutAction } from "@/actions/auth";
import { fastapiTokenSource } from "@/lib/auth/fastapi-token-source";
import { forgetRefreshes, singleFlightRefresh } from "@/lib/auth/single-flight-refresh";
import { RefreshRefusedError, type RefreshedTokens, type TokenSource } from "@/lib/auth/token-source";

import { SEED_DEMO } from "../../../fixtures/seed";
import { mockBackend } from "../../../mocks/node";
import { requestScope } from "../../../setup/next-request-scope";
import { redirectTarget } from "../../../setup/redirect";
import { postForm } from "../../helpers/post-form";

const accessToken = () =>
  mockBackend.signToken({
    sub: SEED_DEMO.username,
    token_type: "access",
    exp: Math.floor(Date.now() / 1000) + 300,
    // A unique claim: two tokens minted in one second must still differ here.
    jti: crypto.randomUUID(),
  } as Parameters<typeof mockBackend.signToken>[0]);

/** The browser session every refresh here comes from. */
const SESSION = { presenter: "browser-session-a" };

/**
 * A provider that rotates `<name>-a` → `<name>-b` and then, wrongly, back to `<name>-a`, counting what it is sent.
 * Each test names its own tokens: the refresh memory lives as long as the module.
 */
function loopingProvider(name: string): TokenSource & { sent: string[] } {
  const next: Record<string, string> = { [`${name}-a`]: `${name}-b`, [`${name}-b`]: `${name}-a` };
  const sent: string[] = [];
  return {
    sent,
    async refresh(refreshToken): Promise<RefreshedTokens> {
      sent.push(refreshToken);
      const rotated = next[refreshToken];
      if (!rotated) throw new RefreshRefusedError();
      return { accessToken: await accessToken(), refreshToken: rotated, refreshMaxAge: 1800 };
    },
  };
}

describe("a refresh token chain that loops (A→B→A)", () => {
  it("is followed once around, and every refresh still answers", async () => {
    const provider = loopingProvider("loop");
    const first = await singleFlightRefresh(provider, "loop-a", SESSION);
    expect(first.refreshToken).toBe("loop-b");
    const second = await singleFlightRefresh(provider, "loop-b", {
      ...SESSION,
      failedAccessToken: first.accessToken,
    });
    expect(second.refreshToken).toBe("loop-a");

    // A request still holding A, whose access token just failed: the chain A→B→A must not be followed forever.
    const third = await singleFlightRefresh(provider, "loop-a", {
      ...SESSION,
      failedAccessToken: second.accessToken,
    });
    expect(third.accessToken).toBeTruthy();
    expect(provider.sent).toEqual(["loop-a", "loop-b", "loop-b"]);
  });
});

describe("after a sign-out", () => {
  it("sends a replayed refresh cookie to FastAPI, which refuses it, instead of handing it the tokens of a moment ago", async () => {
    await redirectTarget(
      postForm(loginAction, { username: SEED_DEMO.username, password: SEED_DEMO.password }),
    );
    const refreshToken = requestScope.browserCookies.get("refresh_token") ?? "";
    expect(refreshToken).not.toBe("");
    await singleFlightRefresh(fastapiTokenSource, refreshToken, SESSION);
    const refreshes = () => mockBackend.stats()["POST /api/v1/refresh"] ?? 0;
    const before = refreshes();

    await redirectTarget(logoutAction());
    await expect(singleFlightRefresh(fastapiTokenSource, refreshToken, SESSION)).rejects.toBeInstanceOf(
      RefreshRefusedError,
    );
    expect(refreshes()).toBe(before + 1);
  });

  it("forgets every token of a rotated chain, the spent ones included, so the provider sees a replay", async () => {
    const provider = loopingProvider("chain");
    await singleFlightRefresh(provider, "chain-a", SESSION);
    await forgetRefreshes("chain-b");
    await singleFlightRefresh(provider, "chain-a", SESSION);
    expect(provider.sent).toEqual(["chain-a", "chain-a"]);
  });
});

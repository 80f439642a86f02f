// Server-only Better Auth plugin: turns FastAPI's tokens into a stateless Better Auth session (docs/authentication.md).
import "server-only";

import type { BetterAuthPlugin } from "better-auth";
import { createAuthEndpoint } from "better-auth/api";
import * as z from "zod";

import { isSuperuser, loginWithPassword } from "@/lib/api/auth";
import { hasHttpStatus } from "@/lib/api/errors";
import { readCurrentUser } from "@/lib/api/users";

import { accessTokenCookie, refreshTokenCookie } from "./token-cookies";
import { writeSession } from "./write-session";

const signInBody = z.object({ username: z.string().min(1), password: z.string().min(1) });

/** Resolves at the start of the next wall-clock second, when FastAPI's tokens change. */
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 10));

/**
 * Logs in and reads the profile. FastAPI's tokens carry no iat/jti, so a sign-in in the same second as a sign-out
 * gets back the very tokens that sign-out blacklisted: refused at once, they are traded for new ones
 * by logging in again in the next second.
 */
async function loginAndReadProfile(username: string, password: string) {
  const tokens = await loginWithPassword(username, password);
  try {
    return { tokens, profile: await readCurrentUser(tokens.accessToken) };
  } catch (error) {
    if (!hasHttpStatus(error, 401)) throw error;
  }
  await nextSecond();
  const fresh = await loginWithPassword(username, password);
  return { tokens: fresh, profile: await readCurrentUser(fresh.accessToken) };
}

export const fastapiSession = () =>
  ({
    id: "fastapi-session",
    endpoints: {
      /**
       * Server-only (no HTTP route): posts the password form to FastAPI, learns who the user is, and writes the
       * Better Auth session cookies plus our two token cookies. FastAPI failures propagate as ApiError.
       */
      signInWithFastapi: createAuthEndpoint.serverOnly({ method: "POST", body: signInBody }, async (ctx) => {
        const { tokens, profile } = await loginAndReadProfile(ctx.body.username, ctx.body.password);
        await writeSession(ctx, {
          profile,
          isSuperuser: await isSuperuser(tokens.accessToken, profile.username),
          signInMethod: "password",
          lifetimeSeconds: tokens.refreshMaxAge,
          tokenCookies: [
            accessTokenCookie(tokens.accessToken),
            refreshTokenCookie(tokens.refreshToken, tokens.refreshMaxAge),
          ],
        });
        return ctx.json({ username: profile.username });
      }),
    },
  }) satisfies BetterAuthPlugin;

// Server-only Better Auth plugin: turns FastAPI's tokens into a stateless Better Auth session (DESIGN §3).
import "server-only";

import type { BetterAuthPlugin } from "better-auth";
import { createAuthEndpoint } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import * as z from "zod";

import { isSuperuser, loginWithPassword } from "@/lib/api/auth";
import { readCurrentUser } from "@/lib/api/users";

import { accessTokenCookie, refreshTokenCookie } from "./token-cookies";

const signInBody = z.object({ username: z.string().min(1), password: z.string().min(1) });

export const fastapiSession = () =>
  ({
    id: "fastapi-session",
    endpoints: {
      /**
       * Server-only (no HTTP route): posts the password form to FastAPI, learns who the user is, and writes the
       * Better Auth session cookies plus our two token cookies. FastAPI failures propagate as ApiError.
       */
      signInWithFastapi: createAuthEndpoint.serverOnly({ method: "POST", body: signInBody }, async (ctx) => {
        const tokens = await loginWithPassword(ctx.body.username, ctx.body.password);
        const profile = await readCurrentUser(tokens.accessToken);
        const superuser = await isSuperuser(tokens.accessToken, profile.username);

        const now = new Date();
        const user = {
          id: String(profile.id),
          name: profile.name,
          email: profile.email,
          emailVerified: false,
          image: profile.imageUrl,
          createdAt: now,
          updatedAt: now,
          username: profile.username,
          tierId: profile.tierId,
          isSuperuser: superuser,
        };
        // Built here rather than by internalAdapter.createSession: without a database that would write into an
        // in-process store that never shrinks. The session lives exactly as long as the refresh token.
        const session = {
          id: crypto.randomUUID(),
          token: crypto.randomUUID(),
          userId: user.id,
          expiresAt: new Date(now.getTime() + tokens.refreshMaxAge * 1000),
          createdAt: now,
          updatedAt: now,
        };
        await setSessionCookie(ctx, { session, user }, false, { maxAge: tokens.refreshMaxAge });

        for (const cookie of [
          accessTokenCookie(tokens.accessToken),
          refreshTokenCookie(tokens.refreshToken, tokens.refreshMaxAge),
        ]) {
          ctx.setCookie(cookie.name, cookie.value, cookie.options);
        }
        return ctx.json({ username: profile.username });
      }),
    },
  }) satisfies BetterAuthPlugin;

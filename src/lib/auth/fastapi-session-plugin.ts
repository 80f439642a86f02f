// Server-only Better Auth plugin: turns FastAPI's tokens into a stateless Better Auth session (DESIGN §3).
import "server-only";

import type { BetterAuthPlugin } from "better-auth";
import { createAuthEndpoint } from "better-auth/api";
import * as z from "zod";

import { isSuperuser, loginWithPassword } from "@/lib/api/auth";
import { readCurrentUser } from "@/lib/api/users";

import { accessTokenCookie, refreshTokenCookie } from "./token-cookies";
import { writeSession } from "./write-session";

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

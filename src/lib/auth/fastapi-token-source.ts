// Server-only: refreshes through FastAPI's /refresh, which never rotates the refresh token.
import "server-only";

import { refreshAccessToken } from "@/lib/api/auth";
import { hasHttpStatus } from "@/lib/api/errors";

import { RefreshRefusedError, type TokenSource } from "./token-source";

export const fastapiTokenSource: TokenSource = {
  async refresh(refreshToken) {
    try {
      return { accessToken: await refreshAccessToken(refreshToken) };
    } catch (error) {
      // A 401 from /refresh means the refresh token is expired or revoked; anything else is transient.
      if (hasHttpStatus(error, 401)) {
        throw new RefreshRefusedError(error);
      }
      throw error;
    }
  },
};

// Server-only: picks the token source for a session, so callers never branch on how the user signed in.
import "server-only";

import { fastapiTokenSource } from "./fastapi-token-source";
import { oidcTokenSource } from "./oidc-token-source";
import type { SignInMethod } from "./sign-in-method";
import type { TokenSource } from "./token-source";

const sources: Record<SignInMethod, TokenSource> = { password: fastapiTokenSource, oidc: oidcTokenSource };

export const tokenSourceFor = (method: SignInMethod): TokenSource => sources[method];

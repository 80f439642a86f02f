// Server-only: the known-device cookie (OWASP "device cookies"): proof that this browser signed in to an account
// before, so that account's throttling, which strangers can trigger, does not stop it.
import "server-only";

import { randomBytes, timingSafeEqual } from "node:crypto";

import { isSecureApp } from "@/env";
import { keyedHash } from "@/lib/fleet/fleet-crypto";

/** `__Host-` pins the cookie to our exact origin over https; browsers refuse the prefix on http. */
export const KNOWN_DEVICE_COOKIE = `${isSecureApp ? "__Host-" : ""}known_device`;

/** How long a browser stays known without signing in again. */
const KNOWN_DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

/**
 * The signature binds the device id to one account name exactly as FastAPI compares it at sign-in (case and all),
 * so a cookie earned on one account, a look-alike `Victim@example.com` included, opens no other.
 */
const signature = (deviceId: string, accountName: string) =>
  keyedHash("known-device", `${deviceId}\n${accountName}`);

/** A new cookie for the browser that just signed in as `accountName` (as sent to FastAPI: username or e-mail). */
export function knownDeviceCookie(accountName: string) {
  const deviceId = randomBytes(16).toString("base64url");
  return {
    name: KNOWN_DEVICE_COOKIE,
    value: `${deviceId}.${signature(deviceId, accountName)}`,
    options: {
      httpOnly: true,
      sameSite: "lax" as const,
      path: "/",
      secure: isSecureApp,
      maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
    },
  };
}

/** The device id when `cookie` was issued to this browser for one of `accountNames`; undefined otherwise. */
export function knownDeviceId(
  cookie: string | undefined,
  accountNames: readonly string[],
): string | undefined {
  const [deviceId, mac, ...rest] = cookie?.split(".") ?? [];
  if (!deviceId || !mac || rest.length > 0) return undefined;
  const given = Buffer.from(mac);
  const matches = accountNames.some((name) => {
    const expected = Buffer.from(signature(deviceId, name));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  return matches ? deviceId : undefined;
}

// Server-only: the known-device cookie (OWASP "device cookies"): proof that this browser signed in to an account
// before, so that account's throttling, which strangers can trigger, does not stop it.
import "server-only";

import { randomBytes, timingSafeEqual } from "node:crypto";

import { isSecureApp } from "@/env";
import { keyedHash } from "@/lib/fleet/fleet-crypto";

import { nameRetiredAt, retireNames } from "./retired-names";

/** `__Host-` pins the cookie to our exact origin over https; browsers refuse the prefix on http. */
export const KNOWN_DEVICE_COOKIE = `${isSecureApp ? "__Host-" : ""}known_device`;

/** How long a browser stays known without signing in again: checked on the issue time the cookie carries. */
const KNOWN_DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

/**
 * The signature binds the device id and the issue time to one account name exactly as FastAPI compares it at
 * sign-in (case and all), so a cookie earned on one account, a look-alike `Victim@example.com` included, opens no
 * other, and its age cannot be changed.
 */
const signature = (deviceId: string, issuedAt: string, accountName: string) =>
  keyedHash("known-device", `${deviceId}\n${issuedAt}\n${accountName}`);

/** A new cookie for the browser that just signed in as `accountName` (as sent to FastAPI: username or e-mail). */
export function knownDeviceCookie(accountName: string) {
  const deviceId = randomBytes(16).toString("base64url");
  const issuedAt = Date.now().toString(36);
  return {
    name: KNOWN_DEVICE_COOKIE,
    value: `${deviceId}.${issuedAt}.${signature(deviceId, issuedAt, accountName)}`,
    options: {
      httpOnly: true,
      sameSite: "lax" as const,
      path: "/",
      secure: isSecureApp,
      maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
    },
  };
}

/**
 * Ends every pass issued so far for these names: called when a name stops naming its account (a username or an
 * e-mail changed, an account deleted), so whoever takes the name next is not met with its old owner's passes.
 */
export async function retireKnownDevices(accountNames: readonly string[]): Promise<void> {
  // Remembered as long as a pass issued just before can live.
  await retireNames(accountNames, KNOWN_DEVICE_MAX_AGE_SECONDS * 1000);
}

/**
 * The device id when `cookie` was issued to this browser for one of `accountNames`, within its lifetime and after
 * that name was last retired; undefined otherwise.
 */
export async function knownDeviceId(
  cookie: string | undefined,
  accountNames: readonly string[],
): Promise<string | undefined> {
  const [deviceId, issuedAt, mac, ...rest] = cookie?.split(".") ?? [];
  if (!deviceId || !issuedAt || !mac || rest.length > 0) return undefined;
  const issuedAtMs = parseInt(issuedAt, 36);
  if (!(Date.now() - issuedAtMs < KNOWN_DEVICE_MAX_AGE_SECONDS * 1000)) return undefined;
  const given = Buffer.from(mac);
  const name = accountNames.find((candidate) => {
    const expected = Buffer.from(signature(deviceId, issuedAt, candidate));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (name === undefined) return undefined;
  const retired = await nameRetiredAt(name);
  return retired !== undefined && issuedAtMs <= retired ? undefined : deviceId;
}

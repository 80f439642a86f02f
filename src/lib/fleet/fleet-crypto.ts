// Server-only: keys derived from BETTER_AUTH_SECRET for what the fleet stores in Redis: keyed hashes that name
// entries without revealing what they are about, and AES-256-GCM for the entries themselves.
import "server-only";

import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

import { env } from "@/env";

/** What a derived key is for: one key per purpose, so no value can be replayed in another role. */
export type KeyPurpose =
  "refresh-token-id" | "refresh-outcome" | "refresh-presenter" | "rate-limit-key" | "known-device";

const IV_BYTES = 12;
const TAG_BYTES = 16;
const keys = new Map<KeyPurpose, Buffer>();

function derivedKey(purpose: KeyPurpose): Buffer {
  let key = keys.get(purpose);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", env.BETTER_AUTH_SECRET, "next-fastapi-auth", purpose, 32));
    keys.set(purpose, key);
  }
  return key;
}

/** HMAC-SHA256 of `value` (hex): the same on every instance, useless to whoever lacks BETTER_AUTH_SECRET. */
export const keyedHash = (purpose: KeyPurpose, value: string): string =>
  createHmac("sha256", derivedKey(purpose)).update(value).digest("hex");

/** Encrypts `plaintext`; `context` (e.g. the entry's key) is authenticated too, so entries cannot be swapped. */
export function seal(plaintext: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("refresh-outcome"), iv).setAAD(
    Buffer.from(context),
  );
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The plaintext of a sealed value, or undefined when it was altered, sealed for another context or another secret. */
export function unseal(sealed: string, context: string): string | undefined {
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length < IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv(
      "aes-256-gcm",
      derivedKey("refresh-outcome"),
      bytes.subarray(0, IV_BYTES),
    )
      .setAAD(Buffer.from(context))
      .setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return undefined;
  }
}

// The client address that rate limits count against, read from forwarded headers only when they are trusted.

/** Every client shares this bucket when the real address is unknown: limits then apply to all callers together. */
export const UNKNOWN_CLIENT = "unknown-client";

/**
 * With a trusted reverse proxy, the right-most `X-Forwarded-For` entry is the one that proxy appended (a client
 * can only add entries to the left of it); `X-Real-IP` is the fallback for proxies that set only that. Without
 * one, both headers are the client's own words, and server actions cannot see the socket address, so every
 * client shares one bucket.
 */
export function clientIp(headers: Headers, trustProxyHeaders: boolean): string {
  if (!trustProxyHeaders) return UNKNOWN_CLIENT;
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1);
  return (forwarded ?? headers.get("x-real-ip")?.trim()) || UNKNOWN_CLIENT;
}

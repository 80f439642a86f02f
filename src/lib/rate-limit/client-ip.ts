// The client address that rate limits count against, read from forwarded headers only when they are trusted.

/**
 * With a trusted reverse proxy, the right-most `X-Forwarded-For` entry is the one that proxy appended (a client
 * can only add entries to the left of it); `X-Real-IP` is the fallback for proxies that set only that. Without
 * one, both headers are the client's own words and server actions cannot see the socket address: the address is
 * unknown (undefined), and nothing is counted per address, because one bucket shared by every client would let
 * anyone lock everyone out.
 */
export function clientIp(headers: Headers, trustProxyHeaders: boolean): string | undefined {
  if (!trustProxyHeaders) return undefined;
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1);
  return (forwarded ?? headers.get("x-real-ip")?.trim()) || undefined;
}

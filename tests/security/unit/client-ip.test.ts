// Which address a request's attempts count against: forwarded headers only when a trusted proxy sets them.
import { describe, expect, it } from "vitest";

import { clientIp } from "@/lib/rate-limit/client-ip";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientIp", () => {
  it("ignores forwarded headers unless told to trust them, so a client cannot pick its own bucket", () => {
    expect(
      clientIp(headers({ "x-forwarded-for": "198.51.100.7", "x-real-ip": "198.51.100.8" }), false),
    ).toBeUndefined();
  });

  it("takes the address the trusted proxy appended, not the ones a client wrote before it", () => {
    expect(clientIp(headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" }), true)).toBe("198.51.100.7");
    expect(clientIp(headers({ "x-forwarded-for": "spoofed, 198.51.100.7 ," }), true)).toBe("198.51.100.7");
  });

  it("falls back to X-Real-IP, then to no address at all (never one bucket shared by everyone)", () => {
    expect(clientIp(headers({ "x-real-ip": " 198.51.100.8 " }), true)).toBe("198.51.100.8");
    expect(clientIp(headers({}), true)).toBeUndefined();
  });
});

import { isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { describe, expect, it } from "vitest";

import { segmentOrNotFound } from "@/lib/route-segment";
import { tierSchema } from "@/lib/validations/admin";
import { idSegment, usernameField } from "@/lib/validations/fields";

/** The status of the fallback page `read` ends in (Next's notFound() throws an error naming it), if any. */
function fallbackStatus(read: () => unknown): string | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    return isHTTPAccessFallbackError(error) ? error.digest.split(";")[1] : undefined;
  }
}

describe("segmentOrNotFound", () => {
  it("gives the decoded value a rule accepts", () => {
    expect(segmentOrNotFound("gold%20plus", tierSchema.shape.name)).toBe("gold plus");
    expect(segmentOrNotFound("demo", usernameField)).toBe("demo");
    expect(segmentOrNotFound("12", idSegment)).toBe(12);
    // An escaped digit is the same URL (RFC 3986 §6.2.2.2).
    expect(segmentOrNotFound("%31%32", idSegment)).toBe(12);
  });

  it.each([
    ["a malformed escape", "%E0", tierSchema.shape.name],
    ["a username the rules refuse", "Demo", usernameField],
    ["an id spelled as an exponent", "1e3", idSegment],
    ["an id with a leading zero", "012", idSegment],
    ["an id beyond the safe integers", "9".repeat(16), idSegment],
    ["zero", "0", idSegment],
  ] as const)("is the not-found page for %s", (_case, segment, rule) => {
    expect(fallbackStatus(() => segmentOrNotFound<unknown>(segment, rule))).toBe("404");
  });
});

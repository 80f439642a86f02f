import { describe, expect, it } from "vitest";

import { DEFAULT_AFTER_LOGIN, safeNextPath } from "@/lib/auth/safe-redirect";

describe("safeNextPath", () => {
  it.each([
    ["https://evil.example", DEFAULT_AFTER_LOGIN],
    ["//evil.example", DEFAULT_AFTER_LOGIN],
    ["/\\evil.example", DEFAULT_AFTER_LOGIN],
    ["%2F%2Fevil.example", DEFAULT_AFTER_LOGIN],
    ["javascript:alert(1)", DEFAULT_AFTER_LOGIN],
    ["JavaScript:alert(1)", DEFAULT_AFTER_LOGIN],
    ["data:text/html,<script>alert(1)</script>", DEFAULT_AFTER_LOGIN],
    ["/\t/evil.example", DEFAULT_AFTER_LOGIN],
    ["/dashboard\r\nSet-Cookie: x=1", DEFAULT_AFTER_LOGIN],
    ["dashboard", DEFAULT_AFTER_LOGIN],
    ["", DEFAULT_AFTER_LOGIN],
    [undefined, DEFAULT_AFTER_LOGIN],
    [["/dashboard"], DEFAULT_AFTER_LOGIN],
    // Dot segments collapse into `//host` when the URL is parsed, so the parsed path is checked too.
    ["/.//evil.example", DEFAULT_AFTER_LOGIN],
    ["/%2e//evil.example", DEFAULT_AFTER_LOGIN],
    ["/%2E//evil.example", DEFAULT_AFTER_LOGIN],
    ["/a/..//evil.example", DEFAULT_AFTER_LOGIN],
    ["/a/%2e%2e//evil.example", DEFAULT_AFTER_LOGIN],
    ["/././/evil.example/x?y=1", DEFAULT_AFTER_LOGIN],
    ["/..//evil.example", DEFAULT_AFTER_LOGIN],
    ["/.\\evil.example", DEFAULT_AFTER_LOGIN],
    ["/%2e/\\evil.example", DEFAULT_AFTER_LOGIN],
    ["/.%2F/evil.example", "/.%2F/evil.example"],
    ["/\t/.//evil.example", DEFAULT_AFTER_LOGIN],
    ["/%2e%2f/evil.example", "/%2e%2f/evil.example"],
    ["/%5C/evil.example", "/%5C/evil.example"],
    ["/.\n//evil.example", DEFAULT_AFTER_LOGIN],
    ["/dashboard/./posts/../x", "/dashboard/x"],
    ["/dashboard/x?y=1", "/dashboard/x?y=1"],
    ["/dashboard#section", "/dashboard#section"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("%j → %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

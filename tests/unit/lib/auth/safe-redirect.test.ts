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
    ["/dashboard/x?y=1", "/dashboard/x?y=1"],
    ["/dashboard#section", "/dashboard#section"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("%j → %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

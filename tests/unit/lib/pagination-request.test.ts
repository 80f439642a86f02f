import { describe, expect, it } from "vitest";

import { readPageRequest } from "@/lib/validations/pagination";

describe("readPageRequest", () => {
  it("reads a page and a page size from the URL", () => {
    expect(readPageRequest({ page: "3", items_per_page: "25" })).toEqual({ page: 3, perPage: 25 });
  });

  it("falls back to page 1 of 10 for anything FastAPI would refuse or choke on", () => {
    for (const page of [undefined, "0", "-1", "1.5", "abc", "100001", ["2", "3"]]) {
      expect(readPageRequest({ page }).page, String(page)).toBe(1);
    }
    for (const perPage of [undefined, "0", "101", "2.5", "ten"]) {
      expect(readPageRequest({ items_per_page: perPage }).perPage, String(perPage)).toBe(10);
    }
  });

  it("accepts the bounds themselves", () => {
    expect(readPageRequest({ page: "100000", items_per_page: "100" })).toEqual({
      page: 100_000,
      perPage: 100,
    });
    expect(readPageRequest({ items_per_page: "1" }).perPage).toBe(1);
  });
});

import { describe, expect, it } from "vitest";

import { noticeFor, withNotice } from "@/lib/notices";

describe("withNotice", () => {
  it("adds the notice to a bare path", () => {
    expect(withNotice("/dashboard/posts", "post-created")).toBe("/dashboard/posts?done=post-created");
  });

  it("adds the notice after an existing query, keeping it", () => {
    expect(withNotice("/dashboard/posts?page=2", "post-deleted")).toBe(
      "/dashboard/posts?page=2&done=post-deleted",
    );
    expect(withNotice("/dashboard/posts?page=2&items_per_page=5", "post-deleted")).toBe(
      "/dashboard/posts?page=2&items_per_page=5&done=post-deleted",
    );
  });

  it("replaces a notice the path already carries instead of adding a second one", () => {
    expect(withNotice("/dashboard/posts?done=post-created&page=3", "post-updated")).toBe(
      "/dashboard/posts?done=post-updated&page=3",
    );
  });

  it("keeps a hash after the query", () => {
    expect(withNotice("/dashboard/profile#danger-zone", "profile-updated")).toBe(
      "/dashboard/profile?done=profile-updated#danger-zone",
    );
    expect(withNotice("/dashboard/posts?page=2#list", "post-created")).toBe(
      "/dashboard/posts?page=2&done=post-created#list",
    );
  });

  it("gives a URL whose notice reads back as the message", () => {
    const done = new URL(
      withNotice("/dashboard/posts?page=2", "post-created"),
      "http://app.test",
    ).searchParams.get("done");
    expect(noticeFor(done)).toBe("Your post is published.");
  });
});

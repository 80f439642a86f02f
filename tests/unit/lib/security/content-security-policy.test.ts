// @vitest-environment jsdom
import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import {
  CSP_REPORT_PATH,
  SONNER_STYLESHEET_HASHES,
  allowedImageUrl,
  contentSecurityPolicy,
} from "@/lib/security/content-security-policy";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const styleSources = (policy: string) =>
  policy
    .split(";")
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === "style-src")
    ?.slice(1) ?? [];

describe("the Content-Security-Policy's other directives", () => {
  it("allows no <base> at all, and reports violations to the app's own endpoint", () => {
    const directives = contentSecurityPolicy("abc", { development: false, https: true }).split("; ");
    expect(directives).toContain("base-uri 'none'");
    expect(directives).toContain(`report-uri ${CSP_REPORT_PATH}`);
    expect(CSP_REPORT_PATH).toMatch(/^\/[^/]/);
  });

  it("lets forms end up only here, or at the origins given for the provider's redirects", () => {
    const form = (origins?: string[]) =>
      contentSecurityPolicy("abc", { development: false, https: true, formRedirectOrigins: origins })
        .split("; ")
        .find((directive) => directive.startsWith("form-action"));
    expect(form()).toBe("form-action 'self'");
    expect(form(["https://keycloak.example"])).toBe("form-action 'self' https://keycloak.example");
  });
});

describe("the style-src of the Content-Security-Policy", () => {
  it("allows the stylesheet the installed sonner injects, empty and then filled, by the hashes of those texts", async () => {
    await import("sonner");
    const injected = [...document.head.querySelectorAll("style")].find((style) =>
      style.textContent?.includes("[data-sonner-toaster]"),
    );
    expect(injected, "sonner's injected <style>").toBeDefined();
    expect(SONNER_STYLESHEET_HASHES).toEqual([sha256(""), sha256(injected?.textContent ?? "")]);
  });

  it("in production: the nonce and those two hashes, never 'unsafe-inline'", () => {
    const sources = styleSources(contentSecurityPolicy("abc", { development: false, https: true }));
    expect(sources).toEqual(["'self'", "'nonce-abc'", ...SONNER_STYLESHEET_HASHES]);
  });

  it("in development: 'unsafe-inline' alone, which a hash or nonce beside it would switch off", () => {
    const sources = styleSources(contentSecurityPolicy("abc", { development: true, https: false }));
    expect(sources).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("allowedImageUrl", () => {
  const appUrl = "https://app.example.com";

  it("keeps images img-src lets through: the app's own, and data: URLs", () => {
    expect(allowedImageUrl("https://app.example.com/avatars/1.png", appUrl)).toBe(
      "https://app.example.com/avatars/1.png",
    );
    expect(allowedImageUrl("/avatars/1.png", appUrl)).toBe("/avatars/1.png");
    expect(allowedImageUrl("data:image/png;base64,AAAA", appUrl)).toBe("data:image/png;base64,AAAA");
  });

  it("drops images from anywhere else, so the page never asks for what the browser would refuse", () => {
    expect(allowedImageUrl("https://profileimageurl.com", appUrl)).toBeUndefined();
    expect(allowedImageUrl("http://app.example.com/avatars/1.png", appUrl)).toBeUndefined();
    expect(allowedImageUrl(undefined, appUrl)).toBeUndefined();
  });
});

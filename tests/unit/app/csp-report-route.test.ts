// The CSP report endpoint through its route handler: each report one structured log line, within a size and a
// rate limit, and never a 500 whatever is posted.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { captureLogLines } from "../../setup/log-lines";
import type * as CspReportRoute from "../../../app/api/csp-report/route";

const REPORT_URI_BODY = {
  "csp-report": {
    "document-uri": "http://localhost:3000/login",
    "effective-directive": "script-src-elem",
    "blocked-uri": "inline",
    "source-file": "http://localhost:3000/login",
  },
};

let post: typeof CspReportRoute.POST;
let logged: string[];

beforeEach(async () => {
  // A fresh module each test: the rate window starts empty.
  vi.resetModules();
  ({ POST: post } = await import("../../../app/api/csp-report/route"));
  logged = captureLogLines().lines;
});
afterEach(() => vi.restoreAllMocks());

const report = (body: unknown, contentType = "application/csp-report") =>
  post(
    new Request("http://localhost:3000/api/csp-report", {
      method: "POST",
      headers: { "content-type": contentType },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

describe("POST /api/csp-report", () => {
  it("logs a report-uri report as one JSON line with the violation's fields", async () => {
    expect((await report(REPORT_URI_BODY)).status).toBe(204);
    expect(logged.map((line) => JSON.parse(line) as unknown)).toEqual([
      expect.objectContaining({
        level: "warn",
        event: "csp-violation",
        directive: "script-src-elem",
        blockedUri: "inline",
        documentUri: "http://localhost:3000/login",
      }),
    ]);
  });

  it("takes the Reporting API's batches too", async () => {
    const batch = [
      {
        type: "csp-violation",
        body: { effectiveDirective: "img-src", blockedURL: "https://elsewhere.example/x.png" },
      },
      { type: "deprecation", body: { message: "not a violation" } },
    ];
    expect((await report(batch, "application/reports+json")).status).toBe(204);
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0] ?? "")).toMatchObject({ directive: "img-src" });
  });

  it("keeps a hostile field inside its line", async () => {
    const forged = { "csp-report": { "blocked-uri": 'x\r\n{"event":"admin-signed-in"}' } };
    expect((await report(forged)).status).toBe(204);
    expect(logged).toHaveLength(1);
    expect(logged[0]).not.toMatch(/[\r\n]/);
  });

  it.each([
    ["not JSON", "<html>", 400],
    ["JSON that is no report", { hello: "world" }, 400],
    ["an empty body", "", 400],
    ["a body past 16 KB", JSON.stringify({ "csp-report": { "blocked-uri": "x".repeat(20_000) } }), 413],
  ])("answers %s with a %i, logging nothing", async (_case, body, status) => {
    expect((await report(body)).status).toBe(status);
    expect(logged).toEqual([]);
  });

  it("logs at most 60 reports a minute and answers the rest without logging", async () => {
    const answers = await Promise.all(Array.from({ length: 100 }, () => report(REPORT_URI_BODY)));
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([204]));
    expect(logged).toHaveLength(60);
  });
});

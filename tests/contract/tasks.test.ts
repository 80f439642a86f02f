// /tasks/task: job submission by query parameter, and job lookup (docs/fastapi-contract.md §6).
// Each run spends two of the anonymous rate-limit budget (10 per hour per client IP on a real backend).
import { describe, expect, it } from "vitest";
import { expectJson, expectValidationErrors } from "./support/expectations";
import { call } from "./support/http";

describe("background tasks", () => {
  it("needs the message query parameter", async () => {
    await expectValidationErrors(await call("POST", "/api/v1/tasks/task"), {
      type: "missing",
      loc: ["query", "message"],
      msg: "Field required",
      input: null,
    });
  });

  // Neither the kit nor the mock runs arq's worker, so a job stays queued: arq fills `job_try` and `job_id` in
  // only once a worker has picked the job up. A result check would need that worker.
  it("queues a job, answers its hex id, and describes it as still queued", async () => {
    const created = (await expectJson(await call("POST", "/api/v1/tasks/task?message=hello"), 201)) as {
      id: string;
    };
    expect(created).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const job = await expectJson(await call("GET", `/api/v1/tasks/task/${created.id}`), 200);
    expect(job).toEqual({
      function: "sample_background_task",
      args: ["hello"],
      kwargs: {},
      job_try: null,
      enqueue_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?Z$/),
      score: expect.any(Number),
      job_id: null,
    });
  });

  it("answers null for an unknown job", async () => {
    expect(
      await expectJson(await call("GET", "/api/v1/tasks/task/0123456789abcdef0123456789abcdef"), 200),
    ).toBeNull();
  });
});

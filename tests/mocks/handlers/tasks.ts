// /tasks/task: arq job submission behind the boilerplate's only rate limiter, and job lookup.
import { randomUUID } from "node:crypto";
import { HttpResponse, type HttpHandler } from "msw";
import type { UserRow } from "../db";
import { rateLimited } from "../framework/errors";
import { readQuery } from "../framework/request";
import { requestPath } from "../framework/routing";
import { check, string, validateRequest } from "../framework/validation";
import type { HandlerContext } from "./context";
import { isoTimestamp } from "./read-models";
import { sanitizePath } from "./schemas";

/** DEFAULT_RATE_LIMIT_LIMIT / DEFAULT_RATE_LIMIT_PERIOD. */
const DEFAULT_RATE_LIMIT = { limit: 10, period: 3600 };

/**
 * The real limiter keys anonymous callers by client IP. Every caller of the mock comes from the same
 * place (a Next server or a test), so they share one bucket, as a Next server's visitors do for real.
 */
const ANONYMOUS_CLIENT = "client";

export function tasksHandlers({ route, db, auth }: HandlerContext): HttpHandler[] {
  /** Fixed window per (user or client, sanitized path); the limit comes from the user's tier when it has one. */
  function rateLimiterDependency(user: UserRow | undefined, request: Request): void {
    const path = sanitizePath(requestPath(request));
    const tierRule =
      user && db.rateLimits.find((rule) => rule.tier_id === user.tier_id && rule.path === path);
    const { limit, period } = tierRule ?? DEFAULT_RATE_LIMIT;
    const now = Math.floor(Date.now() / 1000);
    const counterKey = `ratelimit:${user?.id ?? ANONYMOUS_CLIENT}:${path}:${now - (now % period)}`;
    const count = (db.rateLimitCounters.get(counterKey) ?? 0) + 1;
    db.rateLimitCounters.set(counterKey, count);
    if (count > limit) throw rateLimited();
  }

  return [
    // A bearer is optional; an unusable one counts as anonymous.
    route.post("/api/v1/tasks/task", async ({ request, response }) => {
      rateLimiterDependency(await auth.optionalUser(request), request);
      const [message] = validateRequest(check(string(), readQuery(request, "message"), ["query", "message"]));
      const enqueuedAt = new Date();
      const job = {
        job_id: randomUUID().replaceAll("-", ""),
        function: "sample_background_task",
        args: [message],
        kwargs: {},
        enqueue_time: enqueuedAt,
        score: enqueuedAt.getTime(),
      };
      db.jobs.set(job.job_id, job);
      return response(201).json({ id: job.job_id });
    }),

    // No worker runs, so a job stays queued: arq describes it from the queued JobDef, whose `job_try` and
    // `job_id` are null until a worker has picked it up (verified against the real backend).
    route.get("/api/v1/tasks/task/{task_id}", ({ params, response }) => {
      const job = db.jobs.get(params.task_id);
      if (!job) return response(200).json(null);
      return response.untyped(
        HttpResponse.json({
          function: job.function,
          args: job.args,
          kwargs: job.kwargs,
          job_try: null,
          enqueue_time: isoTimestamp(job.enqueue_time),
          score: job.score,
          job_id: null,
        }),
      );
    }),
  ];
}

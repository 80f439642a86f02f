// One bounded load run with autocannon: latency percentiles and throughput of the answers with the expected status.
import autocannon from "autocannon";

import { percentile, round } from "./statistics";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadSpec {
  origin: string;
  connections: number;
  /** The run stops at whichever bound it reaches first. */
  maxRequests: number;
  maxSeconds: number;
  /** Called once per request, so each may carry its own session or user. */
  nextRequest: () => LoadRequest;
  expectedStatus: number;
}

export interface LoadResult {
  /** Answers received. */
  requests: number;
  /** Requests sent, including those still in flight when the run stopped. */
  sent: number;
  /** Answers with another status, and connection errors or timeouts. */
  failures: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.origin,
        connections: spec.connections,
        duration: spec.maxSeconds,
        maxOverallRequests: Math.max(spec.maxRequests, spec.connections),
        timeout: 10,
        requests: [
          {
            // autocannon rebuilds a request whose definition has setupRequest, and only then.
            setupRequest: (request) => ({ ...request, ...spec.nextRequest() }),
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === spec.expectedStatus) latencies.push(responseTime);
      else failures++;
    });
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length + failures,
    sent: result.requests.sent,
    failures: failures + result.errors,
    p50Ms: round(percentile(latencies, 0.5)),
    p95Ms: round(percentile(latencies, 0.95)),
    p99Ms: round(percentile(latencies, 0.99)),
    requestsPerSecond: round(latencies.length / seconds),
  };
}

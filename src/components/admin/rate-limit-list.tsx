"use client";

import { deleteRateLimitAction, updateRateLimitAction } from "@/actions/rate-limits";
import { ConfirmButton } from "@/components/form/confirm-button";
import type { RateLimit } from "@/lib/api/rate-limits";

import { RateLimitForm } from "./rate-limit-form";

interface RateLimitListProps {
  tierName: string;
  rateLimits: RateLimit[];
}

export function RateLimitList({ tierName, rateLimits }: RateLimitListProps) {
  return (
    <ul className="card-list" aria-label="Rate limits">
      {rateLimits.map((rateLimit) => (
        <li key={rateLimit.id} className="card">
          <h3>{rateLimit.name}</h3>
          <p className="meta">
            {rateLimit.limit} requests per {rateLimit.period} s on <code>{rateLimit.path}</code>
          </p>
          <details>
            <summary>Edit</summary>
            <RateLimitForm
              action={updateRateLimitAction.bind(null, tierName, rateLimit.id)}
              defaultValues={{
                name: rateLimit.name,
                path: rateLimit.path,
                limit: String(rateLimit.limit),
                period: String(rateLimit.period),
              }}
              idPrefix={`rate-limit-${rateLimit.id}`}
              submitLabel="Save rate limit"
              successMessage="Rate limit saved."
            />
          </details>
          <ConfirmButton
            label="Delete"
            question={`Delete the rate limit “${rateLimit.name}”?`}
            confirmLabel="Delete rate limit"
            pendingLabel="Deleting…"
            action={deleteRateLimitAction.bind(null, tierName, rateLimit.id)}
          />
        </li>
      ))}
    </ul>
  );
}

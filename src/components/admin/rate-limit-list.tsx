"use client";

import { deleteRateLimitAction, updateRateLimitAction } from "@/actions/rate-limits";
import { ConfirmButton } from "@/components/form/confirm-button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { RateLimit } from "@/lib/api/rate-limits";

import { RateLimitForm } from "./rate-limit-form";

interface RateLimitListProps {
  tierName: string;
  rateLimits: RateLimit[];
}

export function RateLimitList({ tierName, rateLimits }: RateLimitListProps) {
  return (
    <ul className="grid gap-4" aria-label="Rate limits">
      {rateLimits.map((rateLimit) => (
        <li key={rateLimit.id}>
          <Card className="gap-4">
            <CardHeader>
              <CardTitle>
                <h3>{rateLimit.name}</h3>
              </CardTitle>
              <CardDescription>
                {rateLimit.limit} requests per {rateLimit.period} s on{" "}
                <code className="rounded bg-muted px-1 py-0.5 font-mono text-xs">{rateLimit.path}</code>
              </CardDescription>
              <CardAction>
                <ConfirmButton
                  label="Delete"
                  question={`Delete the rate limit “${rateLimit.name}”?`}
                  confirmLabel="Delete rate limit"
                  pendingLabel="Deleting…"
                  action={deleteRateLimitAction.bind(null, tierName, rateLimit.id)}
                />
              </CardAction>
            </CardHeader>
            <CardContent>
              {/* A disclosure that needs no script: the edit form is there with or without JavaScript. */}
              <details className="group">
                <summary className="w-fit cursor-pointer rounded-md text-sm font-medium text-primary underline-offset-4 hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none">
                  Edit
                </summary>
                <div className="pt-4">
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
                </div>
              </details>
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}

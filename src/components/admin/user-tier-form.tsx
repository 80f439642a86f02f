"use client";

import { zodResolver } from "@hookform/resolvers/zod";

import { setUserTierAction } from "@/actions/admin-users";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useActionForm } from "@/hooks/use-action-form";
import type { Tier } from "@/lib/api/tiers";
import { cn } from "@/lib/utils";
import { userTierSchema } from "@/lib/validations/admin";

interface UserTierFormProps {
  username: string;
  tierId: number | null;
  tiers: Tier[];
}

/** A tier picker with its own save button and result. FastAPI cannot take a tier away, only change it. */
export function UserTierForm({ username, tierId, tiers }: UserTierFormProps) {
  const { form, field, state, pending, formAction, onSubmit } = useActionForm({
    action: setUserTierAction.bind(null, username),
    resolver: zodResolver(userTierSchema),
    defaultValues: { tierId: tierId === null ? "" : String(tierId) },
  });
  const { errors } = form.formState;
  const problem = errors.tierId?.message ?? errors.root?.server?.message;
  const selectId = `tier-of-${username}`;

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="grid gap-1.5"
      aria-label={`Tier of @${username}`}
    >
      <div className="flex items-center gap-2">
        <Label htmlFor={selectId} className="sr-only">
          Tier
        </Label>
        <select
          id={selectId}
          aria-invalid={problem ? true : undefined}
          className="h-8 min-w-32 rounded-md border border-input bg-transparent px-2 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive dark:bg-input/30"
          {...field("tierId")}
        >
          {tierId === null ? <option value="">No tier</option> : null}
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.name}
            </option>
          ))}
        </select>
        <Button type="submit" variant="outline" size="sm" disabled={pending}>
          {pending ? "Saving…" : "Save tier"}
        </Button>
      </div>
      <p
        role={problem ? "alert" : "status"}
        className={cn(
          "text-xs empty:hidden",
          problem ? "font-medium text-destructive" : "text-muted-foreground",
        )}
      >
        {problem ?? (state?.ok && !pending ? "Tier saved." : undefined)}
      </p>
    </form>
  );
}

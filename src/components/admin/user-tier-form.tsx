"use client";

import { zodResolver } from "@hookform/resolvers/zod";

import { setUserTierAction } from "@/actions/admin-users";
import { useActionForm } from "@/hooks/use-action-form";
import type { Tier } from "@/lib/api/tiers";
import { userTierSchema } from "@/lib/validations/admin";

interface UserTierFormProps {
  username: string;
  tierId: number | null;
  tiers: Tier[];
}

/** A tier picker with its own save button and result. FastAPI cannot take a tier away, only change it. */
export function UserTierForm({ username, tierId, tiers }: UserTierFormProps) {
  const { form, field, state, pending, formProps } = useActionForm({
    action: setUserTierAction.bind(null, username),
    resolver: zodResolver(userTierSchema),
    defaultValues: { tierId: tierId === null ? "" : String(tierId) },
  });
  const { errors } = form.formState;
  const problem = errors.tierId?.message ?? errors.root?.server?.message;
  const selectId = `tier-of-${username}`;

  return (
    <form {...formProps} className="inline-form" aria-label={`Tier of @${username}`}>
      <div className="field">
        <label htmlFor={selectId}>Tier</label>
        <select id={selectId} aria-invalid={problem ? true : undefined} {...field("tierId")}>
          {tierId === null ? <option value="">No tier</option> : null}
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary" disabled={pending}>
        {pending ? "Saving…" : "Save tier"}
      </button>
      <p role={problem ? "alert" : "status"} className={problem ? "field-error" : undefined}>
        {problem ?? (state?.ok && !pending ? "Tier saved." : undefined)}
      </p>
    </form>
  );
}

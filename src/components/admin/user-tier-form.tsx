"use client";

import { useState, useTransition } from "react";

import { setUserTierAction } from "@/actions/admin-users";
import type { Tier } from "@/lib/api/tiers";

interface UserTierFormProps {
  username: string;
  tierId: number | null;
  tiers: Tier[];
}

/** A tier picker with its own save button and result. FastAPI cannot take a tier away, only change it. */
export function UserTierForm({ username, tierId, tiers }: UserTierFormProps) {
  const [selected, setSelected] = useState(tierId === null ? "" : String(tierId));
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  const selectId = `tier-of-${username}`;

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(undefined);
    startTransition(async () => {
      const result = await setUserTierAction(username, { tierId: selected });
      setMessage(
        result.ok
          ? { ok: true, text: "Tier saved." }
          : { ok: false, text: result.fieldErrors?.tierId?.join(" ") ?? result.message ?? "Choose a tier." },
      );
    });
  };

  return (
    <form onSubmit={save} className="inline-form" aria-label={`Tier of @${username}`}>
      <div className="field">
        <label htmlFor={selectId}>Tier</label>
        <select id={selectId} value={selected} onChange={(event) => setSelected(event.target.value)}>
          {tierId === null ? <option value="">No tier</option> : null}
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary" disabled={pending || selected === ""}>
        {pending ? "Saving…" : "Save tier"}
      </button>
      <p
        role={message?.ok === false ? "alert" : "status"}
        className={message?.ok === false ? "field-error" : undefined}
      >
        {message?.text}
      </p>
    </form>
  );
}

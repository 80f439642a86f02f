import { Loader2Icon } from "lucide-react";
import type { ComponentProps } from "react";

import { Button } from "@/components/ui/button";

interface SubmitButtonProps {
  pending: boolean;
  label: string;
  pendingLabel: string;
  variant?: ComponentProps<typeof Button>["variant"];
  className?: string;
}

/** A submit button that says what is happening and refuses a second click while the action runs. */
export function SubmitButton({ pending, label, pendingLabel, variant, className }: SubmitButtonProps) {
  return (
    <Button type="submit" variant={variant} className={className} disabled={pending} aria-disabled={pending}>
      {pending ? <Loader2Icon className="animate-spin motion-reduce:animate-none" aria-hidden /> : null}
      {pending ? pendingLabel : label}
    </Button>
  );
}

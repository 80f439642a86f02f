import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

interface StatusMessageProps {
  icon: LucideIcon;
  /** A short code above the title, e.g. "404". */
  code?: string;
  title: string;
  description: ReactNode;
  /** The way out: a link back, or a retry button. */
  actions: ReactNode;
}

/** The body of the 404, 403 and error pages: what happened, and where to go from here. */
export function StatusMessage({ icon: Icon, code, title, description, actions }: StatusMessageProps) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-4 py-12 text-center">
      <div className="flex size-14 items-center justify-center rounded-full bg-primary/10 text-primary">
        <Icon aria-hidden="true" className="size-7" />
      </div>
      {code ? <p className="font-mono text-sm font-medium text-muted-foreground">{code}</p> : null}
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-muted-foreground">{description}</p>
      <div className="flex flex-wrap justify-center gap-2">{actions}</div>
    </div>
  );
}

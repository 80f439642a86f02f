import { CloudOff } from "lucide-react";
import type { ReactNode } from "react";

import { Alert, AlertDescription } from "@/components/ui/alert";
import type { Section } from "@/data/request";

interface SectionUnavailableProps {
  /** The part of the page that is missing, as a sentence subject: "Your posts", "The tier list". */
  what: string;
}

/** Said in place of one part of a page that FastAPI could not serve; the rest of the page and the session stay. */
export function SectionUnavailable({ what }: SectionUnavailableProps) {
  return (
    <Alert variant="destructive">
      <CloudOff aria-hidden="true" />
      <AlertDescription>
        <p>
          {what} cannot be shown right now: the service did not answer. You are still signed in; reload the
          page in a moment to try again.
        </p>
      </AlertDescription>
    </Alert>
  );
}

interface SectionContentProps<T> {
  section: Section<T>;
  what: string;
  children: (value: T) => ReactNode;
}

/** Renders a section's data, or says in its place that it is unavailable. */
export function SectionContent<T>({ section, what, children }: SectionContentProps<T>) {
  return section.status === "ok" ? children(section.value) : <SectionUnavailable what={what} />;
}

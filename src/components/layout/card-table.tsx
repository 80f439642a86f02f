import type { ReactNode } from "react";

import { Table, TableCaption } from "@/components/ui/table";

interface CardTableProps {
  /** What the table lists, for assistive technology (the page's heading already says it to the eye). */
  caption: string;
  children: ReactNode;
}

/** A Table in a card's frame: the directory and the admin lists. */
export function CardTable({ caption, children }: CardTableProps) {
  return (
    <div className="rounded-xl border bg-card">
      <Table>
        <TableCaption className="sr-only">{caption}</TableCaption>
        {children}
      </Table>
    </div>
  );
}

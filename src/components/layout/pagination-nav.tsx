import {
  Pagination,
  PaginationContent,
  PaginationItem,
  PaginationNext,
  PaginationPrevious,
} from "@/components/ui/pagination";
import type { Page } from "@/lib/api/pagination";

interface PaginationNavProps {
  page: Page<unknown>;
  /** The list's own path; `page` and `items_per_page` are added to it. */
  basePath: string;
  /** What the list holds, for "12 posts". */
  noun: { one: string; many: string };
}

/** Previous/next links that keep `items_per_page`, and where the reader is in the list. */
export function PaginationNav({ page, basePath, noun }: PaginationNavProps) {
  const lastPage = Math.max(1, Math.ceil(page.total / page.perPage));
  const href = (target: number) => `${basePath}?page=${target}&items_per_page=${page.perPage}`;
  return (
    <Pagination aria-label="Pages" className="flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted-foreground">
        Page {page.page} of {lastPage} · {page.total} {page.total === 1 ? noun.one : noun.many}
      </p>
      <PaginationContent>
        {page.page > 1 ? (
          <PaginationItem>
            <PaginationPrevious href={href(Math.min(page.page - 1, lastPage))} rel="prev" />
          </PaginationItem>
        ) : null}
        {page.hasMore ? (
          <PaginationItem>
            <PaginationNext href={href(page.page + 1)} rel="next" />
          </PaginationItem>
        ) : null}
      </PaginationContent>
    </Pagination>
  );
}

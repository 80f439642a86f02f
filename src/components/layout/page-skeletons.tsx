import { Skeleton } from "@/components/ui/skeleton";

/** Announces the wait to screen readers; the shapes around it are for the eye only. */
function LoadingShell({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" className="flex flex-col gap-6">
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true" className="flex flex-col gap-6">
        <div className="grid gap-2">
          <Skeleton className="h-8 w-56" />
          <Skeleton className="h-4 w-80 max-w-full" />
        </div>
        {children}
      </div>
    </div>
  );
}

/** The overview: a row of summary cards and the account card. */
export function OverviewSkeleton() {
  return (
    <LoadingShell>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} className="h-28 rounded-xl" />
        ))}
      </div>
      <Skeleton className="h-56 rounded-xl" />
    </LoadingShell>
  );
}

/** A list of post cards. */
export function PostListSkeleton() {
  return (
    <LoadingShell>
      {[0, 1, 2].map((key) => (
        <div key={key} className="grid gap-3 rounded-xl border p-6">
          <Skeleton className="h-5 w-48" />
          <Skeleton className="h-3 w-24" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-2/3" />
        </div>
      ))}
    </LoadingShell>
  );
}

/** A table of rows. */
export function TableSkeleton() {
  return (
    <LoadingShell>
      <div className="grid gap-0 rounded-xl border">
        {[0, 1, 2, 3, 4, 5].map((key) => (
          <div key={key} className="flex items-center gap-4 border-b px-4 py-3 last:border-0">
            <Skeleton className="size-8 rounded-lg" />
            <Skeleton className="h-4 w-40" />
            <Skeleton className="ml-auto h-4 w-24" />
          </div>
        ))}
      </div>
    </LoadingShell>
  );
}

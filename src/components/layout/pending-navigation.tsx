"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useTransition,
  type ComponentProps,
  type ReactNode,
} from "react";

import { OverviewSkeleton, PostListSkeleton, TableSkeleton } from "@/components/layout/page-skeletons";
import { pageAt, type SkeletonName } from "@/lib/routes";

// Why not loading.tsx: a loading boundary makes the server stream the page body after its skeleton, and a
// browser without JavaScript (or before hydration) never swaps the streamed body in. So pages render whole on
// the server, and the skeleton of the page being opened shows during client navigations instead.

interface PendingNavigation {
  /** Where a NavLink is going while its page has not arrived yet; null otherwise. */
  pendingHref: string | null;
  navigate: (href: string) => void;
}

const PendingNavigationContext = createContext<PendingNavigation | null>(null);

export function PendingNavigationProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [target, setTarget] = useState<string | null>(null);
  const navigate = useCallback(
    (href: string) => {
      setTarget(href);
      // The transition stays pending until the new page has rendered, data included.
      startTransition(() => router.push(href));
    },
    [router],
  );
  const value = useMemo(
    () => ({ pendingHref: isPending ? target : null, navigate }),
    [isPending, target, navigate],
  );
  return <PendingNavigationContext value={value}>{children}</PendingNavigationContext>;
}

/** A plain left click the page may take over; anything else (new tab, download, modifier keys) stays native. */
const isPlainClick = (event: React.MouseEvent<HTMLAnchorElement>) =>
  !event.defaultPrevented &&
  event.button === 0 &&
  !event.metaKey &&
  !event.ctrlKey &&
  !event.shiftKey &&
  !event.altKey &&
  !event.currentTarget.target;

/** A Link inside the dashboard: once hydrated, the page it opens shows as a skeleton until it has arrived. */
export function NavLink({ href, onClick, ...props }: ComponentProps<typeof Link> & { href: string }) {
  const navigation = useContext(PendingNavigationContext);
  return (
    <Link
      href={href}
      {...props}
      onClick={(event) => {
        onClick?.(event);
        if (!navigation || !isPlainClick(event)) return;
        event.preventDefault();
        navigation.navigate(href);
      }}
    />
  );
}

const SKELETONS: Record<SkeletonName, () => ReactNode> = {
  overview: OverviewSkeleton,
  "post-list": PostListSkeleton,
  table: TableSkeleton,
};

/** The skeleton shaped like the page at `href`, or none. */
function skeletonFor(href: string): ReactNode {
  const name = pageAt(new URL(href, "http://skeleton.invalid").pathname)?.skeleton;
  const Skeleton = name ? SKELETONS[name] : undefined;
  return Skeleton ? <Skeleton /> : null;
}

/** The page, hidden (its state kept) behind the skeleton of the page a NavLink is opening. */
export function PendingOutlet({ children }: { children: ReactNode }) {
  const pendingHref = useContext(PendingNavigationContext)?.pendingHref;
  const skeleton = pendingHref ? skeletonFor(pendingHref) : null;
  return (
    <>
      <div className={skeleton ? "hidden" : "contents"}>{children}</div>
      {skeleton}
    </>
  );
}

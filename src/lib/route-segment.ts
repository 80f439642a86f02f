// A dynamic route segment, read the one way every page reads it: decoded, checked, or the not-found page.
import { notFound } from "next/navigation";

import { decodedPathSegment } from "./safe-url";

/** What a Zod schema offers, so a page can pass any of the app's field rules. */
interface SegmentRule<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/**
 * The segment's value once `rule` accepts it. Next hands a page its segment as the URL spelled it, so it is
 * decoded first (a tier named "gold plus" arrives as `gold%20plus`); a malformed escape or a value the rule
 * refuses is the not-found page, before any backend call.
 */
export function segmentOrNotFound<T>(segment: string, rule: SegmentRule<T>): T {
  const decoded = decodedPathSegment(segment);
  const parsed = decoded === undefined ? undefined : rule.safeParse(decoded);
  if (!parsed?.success) notFound();
  return parsed.data;
}

// Server-only data access for what every signed-in user may know of tiers: the name of their own.
import "server-only";

import { findTierName } from "@/lib/api/tiers";

import { forSection } from "./request";

/** The tier's display name (undefined when the user has none), a section of the overview. */
export const getTierName = (tierId: number | null) =>
  forSection(async () => (tierId === null ? undefined : findTierName(tierId)));

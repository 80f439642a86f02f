// Reads `page` and `items_per_page` from a URL, falling back to safe values (FastAPI answers 500 to page < 1).
import * as z from "./zod";

import type { PageRequest } from "@/lib/api/pagination";

const DEFAULT_PER_PAGE = 10;
const MAX_PAGE = 100_000;

const wholeNumber = (min: number, max: number) => z.coerce.number().check(z.int(), z.gte(min), z.lte(max));

type SearchParams = Record<string, string | string[] | undefined>;

export function readPageRequest(searchParams: SearchParams): PageRequest {
  const page = wholeNumber(1, MAX_PAGE).safeParse(searchParams.page);
  const perPage = wholeNumber(1, 100).safeParse(searchParams.items_per_page);
  return {
    page: page.success ? page.data : 1,
    perPage: perPage.success ? perPage.data : DEFAULT_PER_PAGE,
  };
}

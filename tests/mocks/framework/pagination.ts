// fastcrud's offset pagination as the boilerplate's list endpoints use it.
import { UnhandledServerError } from "./errors";
import { readQuery } from "./request";
import { checkOptional, integer, valid, type Validated } from "./validation";

export interface Page<T> {
  data: T[];
  total_count: number;
  has_more: boolean;
  page: number;
  items_per_page: number;
}

function integerQuery(request: Request, name: string, defaultValue: number): Validated<number> {
  const result = checkOptional(integer(), readQuery(request, name), ["query", name]);
  return result.ok ? valid(result.value ?? defaultValue) : result;
}

/** `page` (default 1) and `items_per_page` (default 10, no maximum), for `validateRequest`. */
export function pageParameters(request: Request): [Validated<number>, Validated<number>] {
  return [integerQuery(request, "page", 1), integerQuery(request, "items_per_page", 10)];
}

/** Postgres rejects a negative OFFSET or LIMIT, so `page < 1` or a negative page size is a 500. */
export function paginate<T>(rows: readonly T[], page: number, itemsPerPage: number): Page<T> {
  const offset = (page - 1) * itemsPerPage;
  if (offset < 0 || itemsPerPage < 0) throw new UnhandledServerError();
  return {
    data: rows.slice(offset, offset + itemsPerPage),
    total_count: rows.length,
    has_more: page * itemsPerPage < rows.length,
    page,
    items_per_page: itemsPerPage,
  };
}

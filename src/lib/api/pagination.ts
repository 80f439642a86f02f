// One page of a FastAPI list, reshaped for the app, and the query FastAPI's pagination expects.

export interface PageRequest {
  page: number;
  perPage: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
  hasMore: boolean;
}

interface PaginatedList<R> {
  data: R[];
  total_count: number;
  has_more: boolean;
}

export const pageQuery = ({ page, perPage }: PageRequest) => ({ page, items_per_page: perPage });

export const toPage = <R, T>(
  list: PaginatedList<R>,
  request: PageRequest,
  toItem: (row: R) => T,
): Page<T> => ({
  items: list.data.map(toItem),
  total: list.total_count,
  page: request.page,
  perPage: request.perPage,
  hasMore: list.has_more,
});

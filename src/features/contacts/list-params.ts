import { SEARCH_WINDOW, type ContactSearch } from './search-params';

/** What a searched, sorted, paged list request depends on, normalised so equal searches share a key. */
export interface SearchListParams {
  q: string | undefined;
  pageNumber: number;
  pageSize: number;
  sortOrder: string | undefined;
}

/** What a contact list request depends on: the URL state, normalised likewise. */
export interface ContactListParams extends SearchListParams {
  divisionIds: string[] | undefined;
}

/** Shared by the contact and organization lists, which page the same search window. */
export function toSearchListParams(search: {
  q?: string | undefined;
  pageNumber: number;
  pageSize: number;
  sortOrder?: string | undefined;
}): SearchListParams {
  const q = search.q?.trim();
  return {
    q: q ? q : undefined,
    // Past the 1,000-record window the API answers 400: stop at the last page it will serve.
    pageNumber: Math.min(
      search.pageNumber,
      Math.max(1, Math.floor(SEARCH_WINDOW / search.pageSize)),
    ),
    pageSize: search.pageSize,
    sortOrder: search.sortOrder,
  };
}

export function toListParams(search: ContactSearch): ContactListParams {
  return {
    ...toSearchListParams(search),
    divisionIds: search.divisionIds?.length ? [...search.divisionIds].sort() : undefined,
  };
}

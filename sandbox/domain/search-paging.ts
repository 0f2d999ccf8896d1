import { badRequest, invalidField } from '../errors.ts';
import type { QueryRecord } from '../http/query-params.ts';
import { listParam } from '../http/query-params.ts';
import { parsePaging } from './paging.ts';
import type { Paging } from './paging.ts';

/** External Contacts page paging: only the first 1,000 results are reachable. */
export const SEARCH_WINDOW = 1000;
export const MAX_DIVISION_IDS = 50;

export function parseSearchPaging(query: QueryRecord): Paging {
  const paging = parsePaging(query, { defaultSize: 20, maxSize: SEARCH_WINDOW });
  if (paging.pageSize * paging.pageNumber > SEARCH_WINDOW) {
    throw badRequest(
      `pageSize × pageNumber must not exceed ${SEARCH_WINDOW}: only the first ${SEARCH_WINDOW} results can be paged through.`,
      [{ fieldName: 'pageSize' }, { fieldName: 'pageNumber' }],
    );
  }
  return paging;
}

export function parseDivisionIds(query: QueryRecord): string[] {
  const ids = listParam(query, 'divisionIds');
  if (ids.length > MAX_DIVISION_IDS) {
    throw invalidField(
      'divisionIds',
      `divisionIds holds at most ${MAX_DIVISION_IDS} division ids.`,
    );
  }
  return ids;
}

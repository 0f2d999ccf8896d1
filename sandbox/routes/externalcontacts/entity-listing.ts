import { parseSortOrder } from '../../domain/entity-sort.ts';
import { parseExpand } from '../../domain/entity-views.ts';
import { pageListing, pageOffset, slicePage } from '../../domain/paging.ts';
import { parseDivisionIds, parseSearchPaging } from '../../domain/search-paging.ts';
import { ftsQuery } from '../../domain/search-text.ts';
import { listParam, singleParam } from '../../http/query-params.ts';
import type { QueryRecord } from '../../http/query-params.ts';

/** What a listing asks the repository for once the query is read. */
export interface EntityTextSearch<TSort extends string> {
  match: string | null;
  divisionIds: readonly string[];
  sort: TSort;
  descending: boolean;
  offset: number;
  limit: number;
}

export interface EntityListing<TRecord, TSort extends string, TExpand extends string> {
  /** The path the page links are built on. */
  basePath: string;
  /** In the order the sortOrder error message lists them. */
  sortFields: readonly TSort[];
  defaultSort: TSort;
  expands: readonly TExpand[];
  /**
   * How a listed record is shown. It may read the entity's own query parameters: it runs after
   * `expand` and before the division filter, the order in which bad parameters are reported.
   */
  viewer(expand: ReadonlySet<TExpand>): (record: TRecord) => Record<string, unknown>;
  /** Records the query names outright (organizations by trustor), listed in place of a search. */
  named?(): TRecord[] | null;
  search(request: EntityTextSearch<TSort>): { rows: TRecord[]; total: number };
}

/** GET of a contact or organization collection: paging, sort, expand, divisions and `q`. */
export function listEntities<TRecord, TSort extends string, TExpand extends string>(
  query: QueryRecord,
  listing: EntityListing<TRecord, TSort, TExpand>,
) {
  const paging = parseSearchPaging(query);
  const sort = parseSortOrder(singleParam(query, 'sortOrder'), listing.sortFields, {
    field: listing.defaultSort,
    descending: false,
  });
  const view = listing.viewer(parseExpand(listParam(query, 'expand'), listing.expands));
  const divisionIds = parseDivisionIds(query);
  const named = listing.named?.() ?? null;
  if (named !== null) {
    const entities = slicePage(named, paging).map(view);
    return pageListing(entities, named.length, paging, listing.basePath, query);
  }
  const q = singleParam(query, 'q')?.trim() ?? '';
  const match = q === '' ? null : ftsQuery(q);
  const page =
    q !== '' && match === null
      ? { rows: [], total: 0 }
      : listing.search({
          match,
          divisionIds,
          sort: sort.field,
          descending: sort.descending,
          offset: pageOffset(paging),
          limit: paging.pageSize,
        });
  return pageListing(page.rows.map(view), page.total, paging, listing.basePath, query);
}

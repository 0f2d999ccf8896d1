// zod/mini like the other list pages: the URL is parsed on every navigation.
import * as z from 'zod/mini';
import { MERGE_STATUSES } from './graph-model';

export const MAX_DIVISION_IDS = 50;
/** Clusters a page shows. */
export const CLUSTER_PAGE_SIZE = 20;
/** Clusters one API read returns (the API's maximum), filtered here by what it cannot filter. */
export const CLUSTER_READ_SIZE = 100;
/** Pages of passed positions kept for Previous; older ones are reached again through First. */
export const MAX_BACK_POSITIONS = 100;

export const IDENTIFIER_KINDS = [
  'Phone',
  'Email',
  'ExternalId',
  'TwitterId',
  'TwitterHandle',
  'FacebookId',
  'InstagramId',
  'InstagramHandle',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const CONTACT_TYPES = ['Curated', 'Identified', 'Ephemeral'] as const;
export const CLUSTER_SORTS = ['scan', 'name', 'size', 'division', 'status'] as const;
export type ClusterSort = (typeof CLUSTER_SORTS)[number];

const optional = <T extends z.core.$ZodType>(schema: T) => z.catch(z.optional(schema), undefined);

/**
 * The Duplicates page's URL: the filters (division and merge status go to the API; name,
 * identifier kind, size and contact type are applied to what it returns), the sort, and where
 * in the cluster list we are: an API cursor, how many clusters of that API page were shown
 * already (`skip`), and the positions passed (`back`, so Previous works after a reload or from
 * a shared link). A bad value falls back on its own; the rest of the link still applies.
 */
export const duplicatesSearchSchema = z.object({
  cursor: optional(z.string().check(z.maxLength(200))),
  skip: optional(z.int().check(z.gte(0), z.lt(CLUSTER_READ_SIZE))),
  back: optional(
    z.array(z.string().check(z.maxLength(210))).check(z.maxLength(MAX_BACK_POSITIONS)),
  ),
  status: optional(z.enum(MERGE_STATUSES)),
  divisionIds: optional(z.array(z.string()).check(z.maxLength(MAX_DIVISION_IDS))),
  name: optional(z.string().check(z.maxLength(100))),
  kind: optional(z.enum(IDENTIFIER_KINDS)),
  minSize: optional(z.int().check(z.gte(2), z.lte(25))),
  type: optional(z.enum(CONTACT_TYPES)),
  sort: optional(z.enum(CLUSTER_SORTS)),
  desc: optional(z.boolean()),
});

export type DuplicatesSearch = z.output<typeof duplicatesSearchSchema>;

/** Where a page starts: an API cursor (none = the first API page) and clusters to skip in it. */
export interface ClusterPosition {
  cursor: string | undefined;
  skip: number;
}

export const encodePosition = ({ cursor, skip }: ClusterPosition): string =>
  `${skip}:${cursor ?? ''}`;

export function decodePosition(token: string): ClusterPosition {
  const colon = token.indexOf(':');
  const skip = Number(token.slice(0, colon));
  const cursor = token.slice(colon + 1);
  return {
    cursor: cursor === '' ? undefined : cursor,
    skip: colon > 0 && Number.isInteger(skip) && skip >= 0 && skip < CLUSTER_READ_SIZE ? skip : 0,
  };
}

/** What a page's clusters are read with (its query key): position and filters, not the sort. */
export interface ClusterListParams extends ClusterPosition {
  status: DuplicatesSearch['status'];
  divisionIds: string[];
  name: string | undefined;
  kind: IdentifierKind | undefined;
  minSize: number | undefined;
  type: DuplicatesSearch['type'];
}

export function toClusterListParams(search: DuplicatesSearch): ClusterListParams {
  return {
    cursor: search.cursor || undefined,
    skip: search.skip ?? 0,
    status: search.status,
    divisionIds: [...new Set(search.divisionIds ?? [])].sort(),
    name: search.name?.trim() || undefined,
    kind: search.kind,
    minSize: search.minSize,
    type: search.type,
  };
}

/** True when some filter is applied on the console's side (the API cannot filter by it). */
export const filtersHere = (params: ClusterListParams) =>
  params.name !== undefined ||
  params.kind !== undefined ||
  params.minSize !== undefined ||
  params.type !== undefined;

/** The URL part every filter change resets: a new filter starts from the first page. */
export const FIRST_PAGE = { cursor: undefined, skip: undefined, back: undefined } as const;

import { MERGE_STATUSES } from '../db/graphs-repo.ts';
import type { MergeStatus } from '../db/graphs-repo.ts';
import { invalidField } from '../errors.ts';
import type { QueryRecord } from '../http/query-params.ts';
import { listParam, singleParam } from '../http/query-params.ts';
import { cursorUri, decodeCursor, encodeCursor, parseLimitParam } from './scan-cursor.ts';
import { parseExpand } from './entity-views.ts';

/** Query parameters of the graphs listings: limit 1–100 (default 20) and a position cursor. */
export const GRAPH_LIMITS = { min: 1, max: 100, fallback: 20 };

export const parseGraphLimit = (query: QueryRecord): number => parseLimitParam(query, GRAPH_LIMITS);

/** The cursor carries a position (scan or cluster number); null = first page. */
export function parsePositionCursor(query: QueryRecord): number | null {
  const text = decodeCursor(singleParam(query, 'cursor'));
  if (text === '') return null;
  if (!/^\d{1,15}$/.test(text)) {
    throw invalidField('cursor', 'cursor is not valid: pass cursors.after of the previous page.');
  }
  return Number(text);
}

export const positionCursor = (position: number) => encodeCursor(String(position));

export function parseStatusFilter(query: QueryRecord): MergeStatus | null {
  const raw = singleParam(query, 'mergeInfo.status');
  if (raw === undefined || raw === '') return null;
  const status = MERGE_STATUSES.find((candidate) => candidate === raw);
  if (status === undefined) {
    throw invalidField(
      'mergeInfo.status',
      `mergeInfo.status must be one of ${MERGE_STATUSES.join(', ')}.`,
    );
  }
  return status;
}

export function wantsStatistics(query: QueryRecord): boolean {
  return parseExpand(listParam(query, 'expand'), ['statistics.aggregated'] as const).has(
    'statistics.aggregated',
  );
}

/** Self and next URIs of a cursor page, keeping every other query parameter. */
export function pageUris(
  basePath: string,
  query: QueryRecord,
  after: string | undefined,
): { selfUri: string; nextUri?: string } {
  const build = (cursor: string | undefined) => cursorUri(basePath, query, cursor);
  const uris: { selfUri: string; nextUri?: string } = {
    selfUri: build(singleParam(query, 'cursor')),
  };
  if (after !== undefined) uris.nextUri = build(after);
  return uris;
}

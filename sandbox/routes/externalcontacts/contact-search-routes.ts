import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireAnyPermission } from '../../auth/guard.ts';
import type { ContactRecord, ContactSortField } from '../../db/contacts-repo.ts';
import type { ContactService } from '../../domain/contact-service.ts';
import { parseSortOrder } from '../../domain/entity-sort.ts';
import { CONTACT_EXPANDS, parseExpand } from '../../domain/entity-views.ts';
import { pageListing, pageOffset, slicePage } from '../../domain/paging.ts';
import { ftsQuery } from '../../domain/search-text.ts';
import { MAX_DIVISION_IDS, parseSearchPaging } from '../../domain/search-paging.ts';
import { invalidField } from '../../errors.ts';
import { parseBody } from '../../http/parse-body.ts';
import { CONTACT_VIEW_ONLY } from './contacts-permissions.ts';
import { CONTACT_SORT_FIELDS } from '../../../src/models/contact-fields.ts';

const SORT_FIELDS: readonly ContactSortField[] = CONTACT_SORT_FIELDS;
const MAX_IDS = 100;
// Enough for any org the sandbox holds; ids filtering happens after the store's search.
const ALL_ROWS = 1_000_000;

export const simpleSearchSchema = z.object({
  query: z.string().nullish(),
  sortOrder: z.array(z.string()).nullish(),
  ids: z
    .array(z.string().min(1))
    .max(MAX_IDS, `ids holds at most ${MAX_IDS} contact ids.`)
    .nullish(),
});

export const searchRequestSchema = z.object({
  pageNumber: z.number().int().nullish(),
  pageSize: z.number().int().nullish(),
  divisionIds: z
    .array(z.string())
    .max(MAX_DIVISION_IDS, `divisionIds holds at most ${MAX_DIVISION_IDS} division ids.`)
    .nullish(),
  expand: z.array(z.string()).nullish(),
  operation: z.unknown().optional(),
});

/** Only simpleSearch exists; any other operation is refused by name rather than ignored. */
function parseOperation(operation: unknown) {
  if (operation === undefined || operation === null) return {};
  if (
    typeof operation !== 'object' ||
    Object.keys(operation).some((key) => key !== 'simpleSearch') ||
    !('simpleSearch' in operation)
  ) {
    throw invalidField('operation', 'Only the simpleSearch operation is supported.');
  }
  return parseBody(simpleSearchSchema, operation.simpleSearch ?? {});
}

/**
 * POST /contacts/search: the body form of GET /contacts (same paging cap and listing). Only the
 * first sortOrder entry sorts (the store sorts on one field); the others are still validated.
 * With `ids`, the filtered listing is paged in memory: at most 100 contacts can match.
 */
export function registerContactSearchRoutes(app: FastifyInstance, service: ContactService): void {
  const path = '/externalcontacts/contacts/search';
  app.post(path, { preHandler: requireAnyPermission(...CONTACT_VIEW_ONLY) }, async (request) => {
    const body = parseBody(searchRequestSchema, request.body);
    const simple = parseOperation(body.operation);
    const paging = parseSearchPaging({
      ...(body.pageSize == null ? {} : { pageSize: String(body.pageSize) }),
      ...(body.pageNumber == null ? {} : { pageNumber: String(body.pageNumber) }),
    });
    const sorts = (simple.sortOrder ?? []).map((value) =>
      parseSortOrder(value, SORT_FIELDS, { field: 'lastName', descending: false }),
    );
    const sort = sorts[0] ?? { field: 'lastName' as const, descending: false };
    const expand = parseExpand(body.expand ?? [], CONTACT_EXPANDS);
    const q = simple.query?.trim() ?? '';
    const match = q === '' ? null : ftsQuery(q);
    const ids = simple.ids == null ? null : new Set(simple.ids);
    const base = {
      match,
      divisionIds: body.divisionIds ?? [],
      organizationId: null,
      sort: sort.field,
      descending: sort.descending,
    };
    let rows: ContactRecord[];
    let total: number;
    if (q !== '' && match === null) {
      rows = [];
      total = 0;
    } else if (ids === null) {
      const page = service.contacts.search({
        ...base,
        offset: pageOffset(paging),
        limit: paging.pageSize,
      });
      rows = page.rows;
      total = page.total;
    } else {
      const all = service.contacts.search({ ...base, offset: 0, limit: ALL_ROWS });
      const matching = all.rows.filter((record) => ids.has(record.id));
      rows = slicePage(matching, paging);
      total = matching.length;
    }
    const entities = rows.map((record) => service.view(record, expand));
    return pageListing(entities, total, paging, `/api/v2${path}`);
  });
}

import { z } from 'zod';
import type { UserRecord } from '../db/identity-records.ts';

/**
 * A small subset of POST /api/v2/users/search, enough for a user picker: the four common match
 * types over a few fields, combined with AND/OR/NOT. Other Genesys criterion types are refused
 * with a 400 rather than silently ignored.
 */
export const SUPPORTED_SEARCH_TYPES = ['EXACT', 'CONTAINS', 'STARTS_WITH', 'QUERY_STRING'] as const;
export const SEARCHABLE_USER_FIELDS = [
  'id',
  'name',
  'email',
  'username',
  'title',
  'department',
  'state',
  'division.id',
] as const;

type SearchableField = (typeof SEARCHABLE_USER_FIELDS)[number];

const criterionSchema = z
  .object({
    type: z.enum(SUPPORTED_SEARCH_TYPES),
    fields: z.array(z.enum(SEARCHABLE_USER_FIELDS)).min(1).optional(),
    value: z.string().optional(),
    values: z.array(z.string()).optional(),
    operator: z.enum(['AND', 'OR', 'NOT']).optional(),
  })
  .refine((criterion) => criterion.value !== undefined || (criterion.values ?? []).length > 0, {
    message: 'Each criterion needs a value or values.',
    path: ['value'],
  });

export const userSearchRequestSchema = z.object({
  query: z.array(criterionSchema).min(1),
  pageSize: z.unknown().optional(),
  pageNumber: z.unknown().optional(),
  sortOrder: z.enum(['ASC', 'DESC', 'SCORE']).optional(),
  sortBy: z.enum(SEARCHABLE_USER_FIELDS).optional(),
  expand: z.array(z.string()).optional(),
});

export type UserSearchRequest = z.output<typeof userSearchRequestSchema>;
export type UserSearchCriterion = UserSearchRequest['query'][number];

/** Without `fields`, a criterion looks at what a person would type into a picker. */
const DEFAULT_FIELDS: readonly SearchableField[] = ['name', 'email'];

/** Case- and accent-insensitive, so "garcia" finds "Mateo García". */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

function fieldValue(user: UserRecord, field: SearchableField): string {
  switch (field) {
    case 'division.id':
      return user.divisionId;
    case 'title':
      return user.title ?? '';
    case 'department':
      return user.department ?? '';
    default:
      return user[field];
  }
}

function criterionMatches(user: UserRecord, criterion: UserSearchCriterion): boolean {
  const texts = (criterion.fields ?? DEFAULT_FIELDS).map((field) =>
    normalise(fieldValue(user, field)),
  );
  const wanted = [
    ...(criterion.value === undefined ? [] : [criterion.value]),
    ...(criterion.values ?? []),
  ].map(normalise);
  return wanted.some((value) => {
    switch (criterion.type) {
      case 'EXACT':
        return texts.some((text) => text === value);
      case 'CONTAINS':
        return texts.some((text) => text.includes(value));
      case 'STARTS_WITH':
        return texts.some((text) => text.startsWith(value));
      case 'QUERY_STRING':
        // Every word must appear somewhere: "ale adm" finds Alex Admin.
        return value.split(/\s+/).every((word) => texts.some((text) => text.includes(word)));
    }
  });
}

/** AND criteria must all match, at least one OR criterion (if any) must, no NOT criterion may. */
export function userMatches(user: UserRecord, criteria: readonly UserSearchCriterion[]): boolean {
  const required = criteria.filter((c) => (c.operator ?? 'AND') === 'AND');
  const optional = criteria.filter((c) => c.operator === 'OR');
  const excluded = criteria.filter((c) => c.operator === 'NOT');
  return (
    required.every((c) => criterionMatches(user, c)) &&
    (optional.length === 0 || optional.some((c) => criterionMatches(user, c))) &&
    !excluded.some((c) => criterionMatches(user, c))
  );
}

/** Deleted users are only found when a criterion asks for them by state, as on a real org. */
export function searchUsers(
  users: readonly UserRecord[],
  request: UserSearchRequest,
): UserRecord[] {
  const asksForState = request.query.some((c) => c.fields?.includes('state') === true);
  const found = users.filter(
    (user) => (asksForState || user.state !== 'deleted') && userMatches(user, request.query),
  );
  const sortBy = request.sortBy ?? 'name';
  const sorted = [...found].sort((a, b) =>
    normalise(fieldValue(a, sortBy)).localeCompare(normalise(fieldValue(b, sortBy))),
  );
  return request.sortOrder === 'DESC' ? sorted.reverse() : sorted;
}

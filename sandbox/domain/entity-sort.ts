import { invalidField } from '../errors.ts';

export interface SortOrder<Field extends string> {
  field: Field;
  descending: boolean;
}

/**
 * `sortOrder` is `field:asc|desc`; a bare `field` sorts ascending (people type it that way and
 * the SDK docs show both). Anything else is a 400 naming sortOrder.
 */
export function parseSortOrder<Field extends string>(
  value: string | undefined,
  fields: readonly Field[],
  fallback: SortOrder<Field>,
): SortOrder<Field> {
  if (value === undefined || value.trim() === '') return fallback;
  const [name = '', direction = 'asc', ...rest] = value.trim().split(':');
  const field = fields.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const dir = direction.toLowerCase();
  if (field === undefined || rest.length > 0 || (dir !== 'asc' && dir !== 'desc')) {
    throw invalidField(
      'sortOrder',
      `sortOrder must be field:asc or field:desc, with field one of ${fields.join(', ')}.`,
    );
  }
  return { field, descending: dir === 'desc' };
}

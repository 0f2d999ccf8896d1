import { z } from 'zod';
import {
  EXPORT_DATE_FIELDS,
  EXPORT_DEFAULT_LIMIT,
  EXPORT_FIELDS,
  MAX_EXPORT_DIVISIONS,
  MAX_EXPORT_IN_VALUES,
  type ExportFilter,
  type ExportKind,
} from '../../src/models/export-request.ts';

/**
 * The body of POST …/{kind}/exports (`ContactsExport`, `OrganizationsExport`, …): only
 * `divisionIds` and `queryConditions` are writable; read-only fields in a body are ignored, as on
 * every other write of the sandbox.
 */

export { EXPORT_DATE_FIELDS, EXPORT_DEFAULT_LIMIT, EXPORT_FIELDS, MAX_EXPORT_DIVISIONS };
export type { ExportFilter };

/** Not documented; keeps a hostile filter tree from exhausting the stack. */
export const MAX_FILTER_DEPTH = 10;

export interface ExportQueryConditions {
  filters: ExportFilter | null;
  limit: number;
}

export interface ExportRequest {
  divisionIds: string[];
  queryConditions: ExportQueryConditions | null;
}

const text = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, `${label} is required.`);

const isoDate = text('value').refine((value) => !Number.isNaN(Date.parse(value)), {
  message: 'value must be an ISO-8601 date-time, for example 2024-01-31T00:00:00.000Z.',
});

function filterSchema(kind: ExportKind): z.ZodType<ExportFilter> {
  const fields = EXPORT_FIELDS[kind];
  const field = z.enum(fields, { error: `field must be one of ${fields.join(', ')}.` });
  const dateField = z.enum(EXPORT_DATE_FIELDS, {
    error: `field must be one of ${EXPORT_DATE_FIELDS.join(', ')}.`,
  });
  const fieldFilter = z.strictObject({ field, value: text('value') });
  const listFilter = z.strictObject({
    field,
    values: z
      .array(text('Each value'), { error: 'values must be a list of text.' })
      .min(1, 'values must hold at least one value.')
      .max(MAX_EXPORT_IN_VALUES, `values holds at most ${MAX_EXPORT_IN_VALUES} values.`),
  });
  const comparison = z.strictObject({ field: dateField, value: isoDate });
  const schema: z.ZodType<ExportFilter> = z.lazy(() =>
    z.union(
      [
        z.strictObject({ eq: fieldFilter }),
        z.strictObject({ in: listFilter }),
        z.strictObject({ lte: comparison }),
        z.strictObject({ gte: comparison }),
        z.strictObject({ and: z.array(schema).min(1, 'and must hold at least one filter.') }),
        z.strictObject({ or: z.array(schema).min(1, 'or must hold at least one filter.') }),
        z.strictObject({ not: schema }),
      ],
      {
        error:
          'Each filter must hold exactly one of eq, in, lte, gte, and, or, not, with its fields.',
      },
    ),
  );
  return schema;
}

export function exportRequestSchema(kind: ExportKind) {
  return z.object({
    divisionIds: z
      .array(text('Each division id'), { error: 'divisionIds must be a list of division ids.' })
      .max(MAX_EXPORT_DIVISIONS, `divisionIds holds at most ${MAX_EXPORT_DIVISIONS} ids.`)
      .nullish()
      .transform((ids) => [...new Set(ids ?? [])]),
    queryConditions: z
      .object(
        {
          filters: filterSchema(kind).nullish(),
          limit: z
            .number({ error: 'limit must be a number.' })
            .int('limit must be a whole number.')
            .min(1, 'limit must be at least 1.')
            .max(EXPORT_DEFAULT_LIMIT, `limit must be at most ${EXPORT_DEFAULT_LIMIT}.`)
            .nullish(),
        },
        { error: 'queryConditions must be an object.' },
      )
      .nullish()
      .transform((conditions): ExportQueryConditions | null =>
        conditions === null || conditions === undefined
          ? null
          : {
              filters: conditions.filters ?? null,
              limit: conditions.limit ?? EXPORT_DEFAULT_LIMIT,
            },
      ),
  });
}

/** How deep objects and arrays nest in a JSON value (checked before zod walks it). */
export function jsonDepth(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || typeof value !== 'object' || value === null) return depth;
  let deepest = depth;
  for (const child of Object.values(value)) {
    deepest = Math.max(deepest, jsonDepth(child, limit, depth + 1));
    if (deepest > limit) break;
  }
  return deepest;
}

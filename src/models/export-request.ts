/**
 * What an export job request may hold (endpoints.md "Exports", models.json `*Export` and
 * `*ExportFilter`): the console builds it and the sandbox checks it against these same lists.
 */

export const EXPORT_KINDS = ['contacts', 'organizations', 'notes', 'relationships'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Fields each kind's `eq`/`in` filters accept (the `*ExportFieldFilter.field` enums). */
export const EXPORT_FIELDS = {
  contacts: [
    'DivisionId',
    'ContactClassification',
    'ExternalOrganizationId',
    'ExternalSourceId',
    'SchemaId',
    'SchemaVersion',
  ],
  organizations: ['DivisionId', 'SchemaId', 'SchemaVersion'],
  notes: ['DivisionId', 'EntityType'],
  relationships: ['DivisionId', 'UserId'],
} as const satisfies Record<ExportKind, readonly [string, ...string[]]>;

/** Any kind's filterable field. */
export type ExportField = (typeof EXPORT_FIELDS)[ExportKind][number];

/** The fields `lte`/`gte` compare (the `*ExportDateFilter.field` enums). */
export const EXPORT_DATE_FIELDS = ['CreateDate', 'ModifyDate'] as const;
export type ExportDateField = (typeof EXPORT_DATE_FIELDS)[number];

/** The filter models (`ContactsExportFilter`, …): one operator per object. */
export type ExportFilter =
  | { eq: { field: string; value: string } }
  | { in: { field: string; values: string[] } }
  | { lte: { field: string; value: string } }
  | { gte: { field: string; value: string } }
  | { and: ExportFilter[] }
  | { or: ExportFilter[] }
  | { not: ExportFilter };

/** Genesys' documented default `limit` of an export. */
export const EXPORT_DEFAULT_LIMIT = 180_000_000;
/** `divisionIds` holds at most this many. */
export const MAX_EXPORT_DIVISIONS = 50;
/** Undocumented; an `in` filter's values at the most in the sandbox. */
export const MAX_EXPORT_IN_VALUES = 100;

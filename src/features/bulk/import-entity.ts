import type * as z from 'zod/mini';
import { CONTACT_FIELDS, contactName, type ExternalContact } from '@/models/contact-fields';
import { externalContactWriteSchema, MAX_EXTERNAL_IDS } from '@/models/external-contact';
import {
  externalOrganizationWriteSchema,
  MAX_ORGANIZATION_EXTERNAL_IDS,
} from '@/models/external-organization';
import { ORGANIZATION_FIELDS, type ExternalOrganization } from '@/models/organization-fields';
import type { RecordField } from '@/models/record-fields';
import { formRules } from '@/record-kit/form/form-rules';
import {
  CONTACT_CSV_COLUMNS,
  IMPORTABLE_COLUMNS,
  NAME_FIELDS,
  type ImportCsvColumn,
} from './contact-csv-columns';
import { externalIdColumn } from './import-external-id';
import type { ImportEntity } from './import-search-params';
import { ORGANIZATION_IMPORT_COLUMNS, ORGANIZATION_NAME_FIELDS } from './organization-csv-columns';

/**
 * What the Import page imports: contacts (in the tab or as a Genesys import job) or
 * organizations (in the tab only: Genesys' import jobs take contacts only,
 * `ContactImportSettings`). Every step takes this and reads the kind's definition below, so a
 * field, limit or rule is the record kit's, written once.
 */
export { IMPORT_ENTITIES, type ImportEntity } from './import-search-params';
/** A stored record a row matched or created. */
export type ImportedRecord = ExternalContact | ExternalOrganization;

/**
 * The record form's rules without the form (no React: rows are checked in a Web Worker), typed
 * for either kind, so a row and a typed record pass or fail alike.
 */
type RowRules = ReturnType<typeof formRules<ImportedRecord>>;

export interface ImportKind {
  entity: ImportEntity;
  /** "contact" / "organization", for sentences. */
  noun: string;
  plural: string;
  /** The custom-field schemas' kind (`GET /externalcontacts/{contacts|organizations}/schemas`). */
  schemaKind: 'contact' | 'organization';
  fields: readonly RecordField[];
  /** The whole layout, reference columns too (what header-mapping recognises and leaves out). */
  columns: readonly ImportCsvColumn<object>[];
  /** The columns a file's column can be mapped to (`Schema id` only checks each row's schema). */
  importable: readonly ImportCsvColumn<object>[];
  /** Every row must fill one of these (see nameFieldsOf). */
  nameFields: readonly RecordField[];
  rules: RowRules;
  /** The API's write schema, which checks what only the body shows (the phone country). */
  write: z.ZodMiniType;
  /** The most external ids a record holds (an update adding the file's must stay within it). */
  maxExternalIds: number;
}

const importableOf = (columns: readonly ImportCsvColumn<object>[]) =>
  columns.filter((column) => column.write || column.key === 'schema.id');

/** Beside a kind's layout, an import reads a column of external ids (import-external-id.ts). */
const withExternalIds = (columns: readonly ImportCsvColumn<object>[]) => [
  ...columns,
  externalIdColumn,
];

const KINDS: Record<ImportEntity, ImportKind> = {
  contacts: {
    entity: 'contacts',
    noun: 'contact',
    plural: 'contacts',
    schemaKind: 'contact',
    fields: CONTACT_FIELDS,
    columns: withExternalIds(CONTACT_CSV_COLUMNS as readonly ImportCsvColumn<object>[]),
    importable: withExternalIds(IMPORTABLE_COLUMNS as readonly ImportCsvColumn<object>[]),
    nameFields: NAME_FIELDS,
    rules: formRules<ImportedRecord>(CONTACT_FIELDS, externalContactWriteSchema.shape),
    write: externalContactWriteSchema,
    maxExternalIds: MAX_EXTERNAL_IDS,
  },
  organizations: {
    entity: 'organizations',
    noun: 'organization',
    plural: 'organizations',
    schemaKind: 'organization',
    fields: ORGANIZATION_FIELDS,
    columns: withExternalIds(ORGANIZATION_IMPORT_COLUMNS as readonly ImportCsvColumn<object>[]),
    importable: withExternalIds(
      importableOf(ORGANIZATION_IMPORT_COLUMNS as readonly ImportCsvColumn<object>[]),
    ),
    nameFields: ORGANIZATION_NAME_FIELDS,
    rules: formRules<ImportedRecord>(ORGANIZATION_FIELDS, externalOrganizationWriteSchema.shape),
    write: externalOrganizationWriteSchema,
    maxExternalIds: MAX_ORGANIZATION_EXTERNAL_IDS,
  },
};

export const importKind = (entity: ImportEntity): ImportKind => KINDS[entity];

/** A stored record's name as the console shows it everywhere. */
export function importedRecordName(record: ImportedRecord): string {
  return 'name' in record && typeof record.name === 'string'
    ? record.name
    : contactName(record as ExternalContact);
}

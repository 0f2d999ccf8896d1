import { ORGANIZATION_FIELDS, type ExternalOrganization } from '@/models/organization-fields';
import type { RecordField } from '@/models/record-fields';
import {
  importOf,
  nameFieldsOf,
  phoneCountryColumn,
  type ImportCsvColumn,
} from './contact-csv-columns';
import { divisionColumn, fieldColumns, idColumn, schemaIdColumn } from './csv-field-columns';

const FIELDS: readonly RecordField[] = ORGANIZATION_FIELDS;

/**
 * The CSV layout of organizations, shared by export and import (see contact-csv-columns.ts):
 * the organization's field list read by kind. Tickers (a structured list) are left out.
 */
export const ORGANIZATION_CSV_COLUMNS: readonly ImportCsvColumn<ExternalOrganization>[] = [
  idColumn<ExternalOrganization>(['organization id', 'external organization id']),
  ...fieldColumns<ExternalOrganization>(FIELDS).map((column) => ({
    ...column,
    ...importOf(column),
  })),
  divisionColumn<ExternalOrganization>(),
  schemaIdColumn<ExternalOrganization>(),
];

/**
 * What an import reads beyond the exported layout: the form's one phone country for both
 * phones (exports write each phone's number as typed; a file may say which country it is in).
 */
export const ORGANIZATION_IMPORT_COLUMNS: readonly ImportCsvColumn<ExternalOrganization>[] = [
  ...ORGANIZATION_CSV_COLUMNS,
  phoneCountryColumn<ExternalOrganization>(FIELDS),
];

/** An organization's name: what every row must give and what rows are matched by. */
export const ORGANIZATION_NAME_FIELDS = nameFieldsOf(FIELDS);

import { ORGANIZATION_FIELDS, type ExternalOrganization } from '@/models/organization-fields';
import {
  divisionColumn,
  fieldColumns,
  idColumn,
  schemaIdColumn,
  type CsvColumn,
} from './csv-field-columns';

/** Export only: organizations are not imported from CSV (yet). */
export const ORGANIZATION_CSV_COLUMNS: readonly CsvColumn<ExternalOrganization>[] = [
  idColumn<ExternalOrganization>(),
  ...fieldColumns<ExternalOrganization>(ORGANIZATION_FIELDS),
  divisionColumn<ExternalOrganization>(),
  schemaIdColumn<ExternalOrganization>(),
];

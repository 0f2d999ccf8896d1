import { ORGANIZATION_SORT_FIELDS } from '../../src/models/organization-fields.ts';
import type { SqliteDatabase } from './connection.ts';
import { createEntityTable } from './entity-table.ts';
import type { EntityTableSpec, StoredEntity, StoredRow } from './entity-table.ts';

export interface OrganizationRecord extends StoredEntity {
  trustorId: string | null;
  trustorLinkedAt: string | null;
}

export interface OrganizationWrite extends OrganizationRecord {
  searchText: string;
}

export type OrganizationSortField = (typeof ORGANIZATION_SORT_FIELDS)[number];

export interface OrganizationSearch {
  match: string | null;
  divisionIds: readonly string[];
  sort: OrganizationSortField;
  descending: boolean;
  offset: number;
  limit: number;
}

interface OrganizationRow extends StoredRow {
  trustor_id: string | null;
  trustor_linked_at: string | null;
}

const ORGANIZATIONS_TABLE: EntityTableSpec<
  OrganizationRecord,
  OrganizationRow,
  OrganizationSortField
> = {
  table: 'organizations',
  alias: 'o',
  ownColumns: ['trustor_id', 'trustor_linked_at'],
  sortFields: ORGANIZATION_SORT_FIELDS,
  tieBreak: ['name'],
  read: (row, stored) => ({
    ...stored,
    trustorId: row.trustor_id,
    trustorLinkedAt: row.trustor_linked_at,
  }),
  write: (organization) => ({
    trustor_id: organization.trustorId,
    trustor_linked_at: organization.trustorLinkedAt,
  }),
  live: null,
  missingLast: false,
};

export function createOrganizationsRepo(db: SqliteDatabase) {
  const table = createEntityTable(db, ORGANIZATIONS_TABLE);
  const byTrustor = db.prepare(
    `SELECT ${table.columns} FROM organizations o WHERE o.trustor_id = ? ORDER BY o.name, o.id`,
  );

  return {
    ...table.records,
    byTrustor(trustorId: string): OrganizationRecord[] {
      return (byTrustor.all(trustorId) as OrganizationRow[]).map(table.toRecord);
    },
    search(search: OrganizationSearch) {
      return table.search({ ...search, equals: {} });
    },
  };
}

export type OrganizationsRepo = ReturnType<typeof createOrganizationsRepo>;

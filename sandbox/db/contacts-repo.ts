import { CONTACT_SORT_FIELDS } from '../../src/models/contact-fields.ts';
import type { SqliteDatabase } from './connection.ts';
import { createEntityTable } from './entity-table.ts';
import type { EntityTableSpec, StoredEntity, StoredRow } from './entity-table.ts';

/** Rows of the contacts table as the domain sees them (the document parsed, no SQL names). */
export type ContactType = 'Ephemeral' | 'Identified' | 'Curated';

export interface ContactRecord extends StoredEntity {
  type: ContactType;
  organizationId: string | null;
  canonicalId: string | null;
  mergedInto: string | null;
  mergedFrom: string[] | null;
  mergeSet: string[] | null;
}

export interface ContactWrite extends ContactRecord {
  searchText: string;
}

export type ContactSortField = (typeof CONTACT_SORT_FIELDS)[number];

export interface ContactSearch {
  /** An FTS5 MATCH expression, or null for "all contacts". */
  match: string | null;
  divisionIds: readonly string[];
  organizationId: string | null;
  sort: ContactSortField;
  descending: boolean;
  offset: number;
  limit: number;
}

/**
 * What a contact is found by in `contact_lookup_keys`: emails (lower case), E.164 phones, Twitter
 * screen names (lower case, no @), and external ids (their source and value, exactly:
 * contact-documents.ts `externalIdLookupKey`).
 */
export type LookupKind = 'email' | 'phone' | 'twitter' | 'externalId';

interface ContactRow extends StoredRow {
  type: ContactType;
  organization_id: string | null;
  canonical_id: string | null;
  merged_into: string | null;
  merged_from: string | null;
  merge_set: string | null;
}

function idList(json: string | null): string[] | null {
  if (json === null) return null;
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : null;
}

const idListJson = (ids: string[] | null) => (ids === null ? null : JSON.stringify(ids));

const CONTACTS_TABLE: EntityTableSpec<ContactRecord, ContactRow, ContactSortField> = {
  table: 'contacts',
  alias: 'c',
  ownColumns: [
    'type',
    'organization_id',
    'canonical_id',
    'merged_into',
    'merged_from',
    'merge_set',
  ],
  sortFields: CONTACT_SORT_FIELDS,
  // By family name, then given name, as a directory sorts people.
  tieBreak: ['lastName', 'firstName'],
  read: (row, stored) => ({
    ...stored,
    type: row.type,
    organizationId: row.organization_id,
    canonicalId: row.canonical_id,
    mergedInto: row.merged_into,
    mergedFrom: idList(row.merged_from),
    mergeSet: idList(row.merge_set),
  }),
  write: (contact) => ({
    type: contact.type,
    organization_id: contact.organizationId,
    canonical_id: contact.canonicalId,
    merged_into: contact.mergedInto,
    merged_from: idListJson(contact.mergedFrom),
    merge_set: idListJson(contact.mergeSet),
  }),
  // Merged-away contacts only live on as their canonical contact's history.
  live: 'c.merged_into IS NULL',
  // Missing values last in both directions, as a search engine sorts them.
  missingLast: true,
};

export function createContactsRepo(db: SqliteDatabase) {
  const table = createEntityTable(db, CONTACTS_TABLE);
  const idsOfOrganization = db.prepare('SELECT id FROM contacts WHERE organization_id = ?');
  const deleteKeys = db.prepare('DELETE FROM contact_lookup_keys WHERE contact_id = ?');
  const insertKey = db.prepare(
    'INSERT OR IGNORE INTO contact_lookup_keys (contact_id, kind, lookup_key) VALUES (?, ?, ?)',
  );
  const byKey = db.prepare(`SELECT ${table.columns} FROM contact_lookup_keys k
      JOIN contacts c ON c.id = k.contact_id
    WHERE k.kind = @kind AND k.lookup_key = @key AND c.merged_into IS NULL
      AND (@division IS NULL OR c.division_id = @division)
    ORDER BY c.create_date, c.id LIMIT @limit`);

  return {
    // scan() lists active (not merged-away) contacts only: `live` above.
    ...table.records,
    idsOfOrganization(organizationId: string): string[] {
      return (idsOfOrganization.all(organizationId) as { id: string }[]).map((row) => row.id);
    },
    search({ organizationId, ...search }: ContactSearch) {
      return table.search({
        ...search,
        equals: organizationId === null ? {} : { organization_id: organizationId },
      });
    },
    replaceLookupKeys(contactId: string, keys: readonly { kind: LookupKind; key: string }[]): void {
      deleteKeys.run(contactId);
      for (const { kind, key } of keys) insertKey.run(contactId, kind, key);
    },
    /** Oldest first: identity resolution prefers the earliest-created holder of an address. */
    findByLookupKey(kind: LookupKind, key: string, divisionId: string | null, limit: number) {
      const rows = byKey.all({ kind, key, division: divisionId, limit }) as ContactRow[];
      return rows.map(table.toRecord);
    },
  };
}

export type ContactsRepo = ReturnType<typeof createContactsRepo>;

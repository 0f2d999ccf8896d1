/**
 * Migration #2: contacts, organizations, their identifiers and the keys reverse lookup uses.
 *
 * Each entity is stored as its JSON document (`doc`, the client-writable fields after
 * normalisation) plus the columns that are filtered or sorted on. Sort columns are NOT NULL ''
 * when empty so one plain index serves each sort order. `search_text` feeds an external-content
 * FTS5 index kept in step by triggers, so it changes in the same transaction as the row.
 */
/**
 * An external-content FTS5 index over `search_text`, kept in step by triggers. Both entities
 * get the same one; a generated piece of a shipped migration, so its text must never change.
 */
function ftsIndex(table: string): string {
  const fts = `${table}_fts`;
  return `  CREATE VIRTUAL TABLE ${fts} USING fts5 (
    search_text,
    content = '${table}',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
  );
  CREATE TRIGGER ${fts}_insert AFTER INSERT ON ${table} BEGIN
    INSERT INTO ${fts} (rowid, search_text) VALUES (new.rowid, new.search_text);
  END;
  CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${table} BEGIN
    INSERT INTO ${fts} (${fts}, rowid, search_text)
      VALUES ('delete', old.rowid, old.search_text);
  END;
  CREATE TRIGGER ${fts}_update AFTER UPDATE OF search_text ON ${table} BEGIN
    INSERT INTO ${fts} (${fts}, rowid, search_text)
      VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO ${fts} (rowid, search_text) VALUES (new.rowid, new.search_text);
  END;
`;
}

/** Claimed identifiers of one entity, as identifiers-repo.ts reads them. */
function identifiersTable(table: string, owner: string, owners: string): string {
  return `  CREATE TABLE ${table} (
    ${owner} TEXT NOT NULL REFERENCES ${owners} (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    value_key TEXT NOT NULL,
    external_source_id TEXT,
    division_id TEXT,
    date_created TEXT NOT NULL,
    UNIQUE (type, value_key)
  );`;
}

export const CONTACTS_AND_ORGANIZATIONS_MIGRATION = `
  CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    division_id TEXT NOT NULL,
    name TEXT NOT NULL COLLATE NOCASE,
    company_type TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    industry TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    trustor_id TEXT,
    trustor_linked_at TEXT,
    schema_id TEXT,
    create_date TEXT NOT NULL,
    modify_date TEXT NOT NULL,
    search_text TEXT NOT NULL DEFAULT '',
    doc TEXT NOT NULL
  );
  CREATE INDEX organizations_by_name ON organizations (name, id);
  CREATE INDEX organizations_by_company_type ON organizations (company_type, name, id);
  CREATE INDEX organizations_by_industry ON organizations (industry, name, id);
  CREATE INDEX organizations_by_division ON organizations (division_id);
  CREATE INDEX organizations_by_trustor ON organizations (trustor_id) WHERE trustor_id IS NOT NULL;

  CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    division_id TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('Ephemeral', 'Identified', 'Curated')),
    first_name TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    middle_name TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    last_name TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    title TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    organization_id TEXT REFERENCES organizations (id) ON DELETE SET NULL,
    schema_id TEXT,
    -- Head of the merge tree this contact belongs to; NULL for a contact never merged.
    canonical_id TEXT,
    -- The contact a merge produced from this one; non-NULL means merged away (an ancestor).
    merged_into TEXT,
    merged_from TEXT,
    merge_set TEXT,
    create_date TEXT NOT NULL,
    modify_date TEXT NOT NULL,
    search_text TEXT NOT NULL DEFAULT '',
    doc TEXT NOT NULL
  );
  -- Contacts without the sort field come last in both directions (as a search engine sorts
  -- missing values): one index for ascending (empty = 1 last) and one scanned backwards for
  -- descending (filled = 1 first).
  CREATE INDEX contacts_by_last_name ON contacts ((last_name = ''), last_name, first_name, id) WHERE merged_into IS NULL;
  CREATE INDEX contacts_by_last_name_desc ON contacts ((last_name <> ''), last_name, first_name, id) WHERE merged_into IS NULL;
  CREATE INDEX contacts_by_first_name ON contacts ((first_name = ''), first_name, last_name, id) WHERE merged_into IS NULL;
  CREATE INDEX contacts_by_first_name_desc ON contacts ((first_name <> ''), first_name, last_name, id) WHERE merged_into IS NULL;
  CREATE INDEX contacts_by_middle_name ON contacts ((middle_name = ''), middle_name, last_name, id) WHERE merged_into IS NULL;
  CREATE INDEX contacts_by_middle_name_desc ON contacts ((middle_name <> ''), middle_name, last_name, id) WHERE merged_into IS NULL;
  CREATE INDEX contacts_by_title ON contacts ((title = ''), title, last_name, id) WHERE merged_into IS NULL;
  CREATE INDEX contacts_by_title_desc ON contacts ((title <> ''), title, last_name, id) WHERE merged_into IS NULL;
  CREATE INDEX contacts_by_organization ON contacts (organization_id, last_name, first_name);
  CREATE INDEX contacts_by_division ON contacts (division_id);
  CREATE INDEX contacts_by_canonical ON contacts (canonical_id) WHERE canonical_id IS NOT NULL;

${ftsIndex('contacts')}
${ftsIndex('organizations')}
  -- Claimed identifiers: one owner per (type, normalised value).
${identifiersTable('contact_identifiers', 'contact_id', 'contacts')}
  CREATE INDEX contact_identifiers_by_contact ON contact_identifiers (contact_id);

${identifiersTable('organization_identifiers', 'organization_id', 'organizations')}
  CREATE INDEX organization_identifiers_by_organization
    ON organization_identifiers (organization_id);

  -- Emails (lower case), E.164 phones and Twitter screen names (lower case, no @) of each
  -- contact, for reverse whitepages lookup and the identifier lookup fallback.
  CREATE TABLE contact_lookup_keys (
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'twitter')),
    lookup_key TEXT NOT NULL,
    PRIMARY KEY (kind, lookup_key, contact_id)
  ) WITHOUT ROWID;
  CREATE INDEX contact_lookup_keys_by_contact ON contact_lookup_keys (contact_id);
`;

/**
 * Migration #4: notes and relationships. Both cascade-delete with the contact or organization
 * they belong to. Divisions are not stored: they are read from the owner, so moving an
 * organization to another division moves its notes and relationships with it.
 */
export const NOTES_AND_RELATIONSHIPS_MIGRATION = `
  CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    contact_id TEXT REFERENCES contacts (id) ON DELETE CASCADE,
    organization_id TEXT REFERENCES organizations (id) ON DELETE CASCADE,
    note_text TEXT NOT NULL,
    created_by TEXT NOT NULL,
    create_date TEXT NOT NULL,
    modify_date TEXT NOT NULL,
    CHECK ((contact_id IS NULL) <> (organization_id IS NULL))
  );
  CREATE INDEX notes_by_contact ON notes (contact_id, create_date) WHERE contact_id IS NOT NULL;
  CREATE INDEX notes_by_organization ON notes (organization_id, create_date)
    WHERE organization_id IS NOT NULL;

  CREATE TABLE relationships (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    relationship TEXT NOT NULL COLLATE NOCASE,
    create_date TEXT NOT NULL,
    modify_date TEXT NOT NULL
  );
  CREATE INDEX relationships_by_organization ON relationships (organization_id, create_date);
  CREATE INDEX relationships_by_organization_name ON relationships (organization_id, relationship);
`;

/**
 * Migration: contacts are found by their external ids (`externalId` lookup keys), for the
 * identifier lookup's `ExternalId` fallback and import jobs' matching.
 *
 * `contact_lookup_keys` checks its `kind`, and SQLite cannot change a CHECK in place: the table is
 * made again with the new kind, its rows copied, and the old one dropped (nothing references it).
 * Then every stored contact's external ids are written as keys, so a data file from before finds
 * its contacts as a new one does. The key is the JSON pair `[source id, value]`, which
 * `json_array` writes exactly as `JSON.stringify` does (contact-documents.ts
 * `externalIdLookupKey`); an item without a text source id or value gives no key, as there.
 *
 * Part of a shipped migration: never edit; a change is a new migration.
 */
export const EXTERNAL_ID_LOOKUP_KEYS_MIGRATION = `
  CREATE TABLE contact_lookup_keys_next (
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'twitter', 'externalId')),
    lookup_key TEXT NOT NULL,
    PRIMARY KEY (kind, lookup_key, contact_id)
  ) WITHOUT ROWID;
  INSERT INTO contact_lookup_keys_next (contact_id, kind, lookup_key)
    SELECT contact_id, kind, lookup_key FROM contact_lookup_keys;
  DROP TABLE contact_lookup_keys;
  ALTER TABLE contact_lookup_keys_next RENAME TO contact_lookup_keys;
  CREATE INDEX contact_lookup_keys_by_contact ON contact_lookup_keys (contact_id);

  INSERT OR IGNORE INTO contact_lookup_keys (contact_id, kind, lookup_key)
    SELECT c.id, 'externalId',
        json_array(json_extract(item.value, '$.externalSource.id'), json_extract(item.value, '$.value'))
      FROM contacts c, json_each(c.doc, '$.externalIds') AS item
      WHERE json_type(c.doc, '$.externalIds') = 'array'
        -- CASE, so a list item that is not an object is never read as JSON.
        AND CASE WHEN item.type = 'object'
          THEN json_type(item.value, '$.externalSource.id') = 'text'
            AND json_type(item.value, '$.value') = 'text'
          ELSE 0 END;
`;

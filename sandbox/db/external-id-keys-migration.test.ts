import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DIVISION_IDS } from '../auth/demo-identities.ts';
import { defaultSandboxOptions } from '../config.ts';
import { contactLookupKeys, externalIdLookupKey } from '../domain/contact-documents.ts';
import { openDatabase } from './connection.ts';
import { createContactsRepo } from './contacts-repo.ts';
import { EXTERNAL_ID_LOOKUP_KEYS_MIGRATION } from './external-id-keys-migration.ts';
import { migrate, MIGRATIONS, schemaVersion } from './migrations.ts';
import { openSandboxDatabase } from './open-sandbox-database.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const CRM = 'a0000000-0000-4000-8000-00000000c001';
const BILLING = 'a0000000-0000-4000-8000-00000000c002';

/** Documents as a sandbox before this migration stored them (and a few it never wrote). */
const CONTACTS: Record<string, Record<string, unknown>> = {
  held: {
    lastName: 'Held',
    workEmail: 'held@example.com',
    externalIds: [
      { externalSource: { id: CRM }, value: 'AB-1' },
      { externalSource: { id: BILLING }, value: 'Zoë "7"\\x' },
    ],
  },
  younger: { lastName: 'Younger', externalIds: [{ externalSource: { id: CRM }, value: 'AB-1' }] },
  none: { lastName: 'None', workEmail: 'none@example.com' },
  // Not what a write lets through, but a data file may hold anything: no key, and no failure.
  odd: {
    lastName: 'Odd',
    externalIds: ['AB-1', { value: 'no-source' }, { externalSource: { id: CRM }, value: 7 }, null],
  },
  notAList: { lastName: 'Not a list', externalIds: { externalSource: { id: CRM }, value: 'X' } },
};

/** A data file at the schema version before this migration, holding CONTACTS. */
function fileBeforeMigration(): string {
  const folder = mkdtempSync(join(tmpdir(), 'sandbox-ext-keys-'));
  folders.push(folder);
  const path = join(folder, 'sandbox.db');
  const db = openDatabase({ kind: 'file', path });
  const index = MIGRATIONS.indexOf(EXTERNAL_ID_LOOKUP_KEYS_MIGRATION);
  expect(index).toBe(MIGRATIONS.length - 1);
  migrate(db, MIGRATIONS.slice(0, index));
  const insert = db.prepare(
    `INSERT INTO contacts (id, division_id, type, last_name, create_date, modify_date, doc)
     VALUES (?, ?, 'Curated', ?, ?, ?, ?)`,
  );
  Object.entries(CONTACTS).forEach(([id, doc], order) => {
    const date = `2026-01-0${order + 1}T00:00:00.000Z`;
    insert.run(id, DIVISION_IDS.home, doc.lastName, date, date, JSON.stringify(doc));
  });
  // The keys that version wrote: emails, phones, handles.
  db.prepare(
    "INSERT INTO contact_lookup_keys (contact_id, kind, lookup_key) VALUES ('held', 'email', 'held@example.com'), ('none', 'email', 'none@example.com')",
  ).run();
  expect(() =>
    db
      .prepare(
        "INSERT INTO contact_lookup_keys (contact_id, kind, lookup_key) VALUES ('none', 'externalId', 'x')",
      )
      .run(),
  ).toThrow(/CHECK/);
  db.close();
  return path;
}

describe('the external id lookup keys migration', () => {
  it('backfills the keys of stored contacts when an existing data file is opened', () => {
    const dataFile = fileBeforeMigration();
    const { db } = openSandboxDatabase({ ...defaultSandboxOptions(), dataFile });
    try {
      expect(schemaVersion(db)).toBe(MIGRATIONS.length);
      const rows = db
        .prepare('SELECT contact_id, kind, lookup_key FROM contact_lookup_keys ORDER BY 1, 2, 3')
        .all();
      expect(rows).toEqual([
        { contact_id: 'held', kind: 'email', lookup_key: 'held@example.com' },
        { contact_id: 'held', kind: 'externalId', lookup_key: externalIdLookupKey(CRM, 'AB-1') },
        {
          contact_id: 'held',
          kind: 'externalId',
          lookup_key: externalIdLookupKey(BILLING, 'Zoë "7"\\x'),
        },
        { contact_id: 'none', kind: 'email', lookup_key: 'none@example.com' },
        { contact_id: 'younger', kind: 'externalId', lookup_key: externalIdLookupKey(CRM, 'AB-1') },
      ]);
      // The backfill wrote what a write writes now, so both kinds of contact are found alike.
      const written = contactLookupKeys(CONTACTS.held!).filter((key) => key.kind === 'externalId');
      expect(written.map((key) => key.key)).toEqual(
        rows.flatMap((row) => {
          const { contact_id: id, kind, lookup_key: key } = row as Record<string, string>;
          return id === 'held' && kind === 'externalId' ? [key] : [];
        }),
      );

      const contacts = createContactsRepo(db);
      const found = (source: string, value: string) =>
        contacts
          .findByLookupKey('externalId', externalIdLookupKey(source, value), null, 5)
          .map((contact) => contact.id);
      expect(found(CRM, 'AB-1')).toEqual(['held', 'younger']);
      expect(found(CRM, 'ab-1')).toEqual([]);
      expect(found(BILLING, 'AB-1')).toEqual([]);
      expect(found(BILLING, 'Zoë "7"\\x')).toEqual(['held']);

      // The table takes the new kind, still refuses an unknown one, and keeps its index.
      contacts.replaceLookupKeys('none', [
        { kind: 'externalId', key: externalIdLookupKey(CRM, 'N') },
      ]);
      expect(found(CRM, 'N')).toEqual(['none']);
      expect(() =>
        db
          .prepare(
            "INSERT INTO contact_lookup_keys (contact_id, kind, lookup_key) VALUES ('none', 'fax', 'x')",
          )
          .run(),
      ).toThrow(/CHECK/);
      expect(
        db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?")
          .all('contact_lookup_keys'),
      ).toContainEqual({ name: 'contact_lookup_keys_by_contact' });
      // Deleting a contact still takes its keys with it (the foreign key survived the copy).
      db.prepare("DELETE FROM contacts WHERE id = 'younger'").run();
      expect(found(CRM, 'AB-1')).toEqual(['held']);
    } finally {
      db.close();
    }

    // A second start finds the file current and changes nothing.
    const again = openSandboxDatabase({ ...defaultSandboxOptions(), dataFile });
    try {
      expect(schemaVersion(again.db)).toBe(MIGRATIONS.length);
      expect(
        again.db
          .prepare("SELECT COUNT(*) AS n FROM contact_lookup_keys WHERE kind = 'externalId'")
          .get(),
      ).toEqual({ n: 3 });
    } finally {
      again.db.close();
    }
  });
});

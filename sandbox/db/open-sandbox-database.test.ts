import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../auth/demo-identities.ts';
import { defaultSandboxOptions } from '../config.ts';
import type { SandboxOptions } from '../config.ts';
import { MIGRATIONS, schemaVersion } from './migrations.ts';
import { openSandboxDatabase } from './open-sandbox-database.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function fileOptions(overrides: Partial<SandboxOptions> = {}): SandboxOptions {
  const folder = mkdtempSync(join(tmpdir(), 'sandbox-db-'));
  folders.push(folder);
  return {
    ...defaultSandboxOptions(),
    dataFile: join(folder, 'nested', 'sandbox.db'),
    ...overrides,
  };
}

describe('openSandboxDatabase', () => {
  it('creates the folder, uses WAL and foreign keys, migrates and seeds a new file', () => {
    const options = fileOptions();
    const { db, seeded } = openSandboxDatabase(options);
    try {
      expect(seeded).toBe(true);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(schemaVersion(db)).toBe(MIGRATIONS.length);
      expect(db.prepare('SELECT COUNT(*) AS n FROM users').get()).toEqual({ n: DEMO_USERS.length });
    } finally {
      db.close();
    }
  });

  it('reuses an existing file without reseeding, but follows the client flags', () => {
    const options = fileOptions();
    const first = openSandboxDatabase(options);
    first.db
      .prepare("UPDATE users SET title = 'Changed' WHERE email = 'admin@sandbox.example'")
      .run();
    first.db.close();

    const second = openSandboxDatabase({ ...options, clientId: 'renamed-client' });
    try {
      expect(second.seeded).toBe(false);
      expect(
        second.db.prepare("SELECT title FROM users WHERE email = 'admin@sandbox.example'").get(),
      ).toEqual({ title: 'Changed' });
      const clients = second.db.prepare('SELECT id FROM oauth_clients ORDER BY id').all();
      expect(clients).toEqual([{ id: 'renamed-client' }, { id: 'sandbox-console' }]);
    } finally {
      second.db.close();
    }
  });

  it('refuses a file written by a newer sandbox', () => {
    const options = fileOptions();
    const { db } = openSandboxDatabase(options);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openSandboxDatabase(options)).toThrow(/newer than this sandbox/);
  });
});

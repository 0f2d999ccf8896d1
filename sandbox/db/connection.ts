import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

export type DatabaseLocation = { kind: 'memory' } | { kind: 'file'; path: string };

export function openDatabase(location: DatabaseLocation): SqliteDatabase {
  if (location.kind === 'file') mkdirSync(dirname(location.path), { recursive: true });
  const db = new Database(location.kind === 'memory' ? ':memory:' : location.path);
  if (location.kind === 'file') {
    // WAL lets the console's reads proceed while a write is in flight; NORMAL is safe with WAL.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  // A second process on the same file (a test script, the sqlite3 shell) waits instead of failing.
  db.pragma('busy_timeout = 5000');
  return db;
}

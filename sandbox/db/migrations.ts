import type { SqliteDatabase } from './connection.ts';
import { CONTACTS_AND_ORGANIZATIONS_MIGRATION } from './contacts-migration.ts';
import { DATA_SCHEMAS_MIGRATION } from './data-schemas-migration.ts';
import { NOTES_AND_RELATIONSHIPS_MIGRATION } from './notes-migration.ts';
import { SOURCES_CONVERSATIONS_JOURNEY_MIGRATION } from './sources-migration.ts';
import { EXPORTS_IMPORTS_MIGRATION } from './exports-imports-migration.ts';
import { EXTERNAL_ID_LOOKUP_KEYS_MIGRATION } from './external-id-keys-migration.ts';
import { GRAPHS_MIGRATION } from './graphs-migration.ts';
import { IMPORT_REPORTS_MIGRATION } from './import-reports-migration.ts';
import { TRUSTORS_MIGRATION } from './trustors-migration.ts';

/**
 * Ordered schema changes; entry N brings the file to `PRAGMA user_version = N + 1`. Never edit a
 * shipped entry: append a new one, so existing data files upgrade in place.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE organization (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    domain TEXT NOT NULL
  );

  CREATE TABLE divisions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    is_home INTEGER NOT NULL DEFAULT 0 CHECK (is_home IN (0, 1))
  );
  CREATE UNIQUE INDEX divisions_single_home ON divisions (is_home) WHERE is_home = 1;

  CREATE TABLE roles (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
  );

  CREATE TABLE role_permissions (
    role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (role_id, permission)
  ) WITHOUT ROWID;

  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL UNIQUE,
    title TEXT,
    department TEXT,
    state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'inactive', 'deleted')),
    division_id TEXT NOT NULL REFERENCES divisions (id),
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX users_by_state_and_name ON users (state, name COLLATE NOCASE);

  CREATE TABLE user_roles (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_id)
  ) WITHOUT ROWID;

  CREATE TABLE oauth_clients (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    grant_type TEXT NOT NULL CHECK (grant_type IN ('implicit', 'client_credentials')),
    secret_hash TEXT,
    redirect_uris TEXT NOT NULL DEFAULT '[]',
    allow_loopback_redirects INTEGER NOT NULL DEFAULT 1 CHECK (allow_loopback_redirects IN (0, 1)),
    role_id TEXT REFERENCES roles (id)
  );

  -- Sessions and tokens are stored as sha256 hashes so the data file never holds a live credential.
  CREATE TABLE login_sessions (
    id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
  );

  CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
    user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
    session_id_hash TEXT REFERENCES login_sessions (id_hash) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX tokens_by_session ON tokens (session_id_hash);
  CREATE INDEX tokens_by_expiry ON tokens (expires_at);
  `,
  CONTACTS_AND_ORGANIZATIONS_MIGRATION,
  DATA_SCHEMAS_MIGRATION,
  NOTES_AND_RELATIONSHIPS_MIGRATION,
  SOURCES_CONVERSATIONS_JOURNEY_MIGRATION,
  EXPORTS_IMPORTS_MIGRATION,
  GRAPHS_MIGRATION,
  IMPORT_REPORTS_MIGRATION,
  TRUSTORS_MIGRATION,
  EXTERNAL_ID_LOOKUP_KEYS_MIGRATION,
];

export function schemaVersion(db: SqliteDatabase): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export function migrate(db: SqliteDatabase, migrations: readonly string[] = MIGRATIONS): void {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new Error(
      `The data file has schema version ${current}, newer than this sandbox knows (${migrations.length}). Use a newer sandbox or another --data file.`,
    );
  }
  migrations.slice(current).forEach((sql, index) => {
    const version = current + index + 1;
    // Each step and its version bump commit together, so a crash never leaves a half-applied step.
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  });
}

import { demoClients } from '../auth/demo-identities.ts';
import type { SandboxOptions } from '../config.ts';
import { openDatabase } from './connection.ts';
import type { SqliteDatabase } from './connection.ts';
import { migrate } from './migrations.ts';
import { seedIdentities, syncOAuthClients } from './seed-identities.ts';

export interface OpenedDatabase {
  db: SqliteDatabase;
  /** False when an existing data file already held the demo identities. */
  seeded: boolean;
}

/** Open, migrate, seed: everything a fresh or reused data file needs before the server starts. */
export function openSandboxDatabase(options: SandboxOptions): OpenedDatabase {
  const db = openDatabase(
    options.memory ? { kind: 'memory' } : { kind: 'file', path: options.dataFile },
  );
  try {
    migrate(db);
    const seeded = seedIdentities(db);
    syncOAuthClients(db, demoClients(options));
    return { db, seeded };
  } catch (error) {
    db.close();
    throw error;
  }
}

import {
  DEMO_DIVISIONS,
  DEMO_ORGANIZATION,
  DEMO_ROLES,
  DEMO_USERS,
} from '../auth/demo-identities.ts';
import type { DemoClient } from '../auth/demo-identities.ts';
import { sha256Hex } from '../auth/secrets.ts';
import type { SqliteDatabase } from './connection.ts';

/**
 * Creates the demo org, divisions, roles and users once. Returns false when the data file already
 * has them: a reused file keeps whatever the previous runs did to it.
 */
export function seedIdentities(db: SqliteDatabase): boolean {
  const existing = db.prepare('SELECT COUNT(*) AS n FROM organization').get() as { n: number };
  if (existing.n > 0) return false;

  const insertOrganization = db.prepare(
    'INSERT INTO organization (id, name, domain) VALUES (@id, @name, @domain)',
  );
  const insertDivision = db.prepare(
    'INSERT INTO divisions (id, name, description, is_home) VALUES (?, ?, ?, ?)',
  );
  const insertRole = db.prepare('INSERT INTO roles (id, name, description) VALUES (?, ?, ?)');
  const insertPermission = db.prepare(
    'INSERT INTO role_permissions (role_id, permission) VALUES (?, ?)',
  );
  const insertUser = db.prepare(
    `INSERT INTO users (id, name, email, username, title, department, state, division_id)
     VALUES (@id, @name, @email, @email, @title, @department, @state, @divisionId)`,
  );
  const insertUserRole = db.prepare('INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)');

  db.transaction(() => {
    insertOrganization.run(DEMO_ORGANIZATION);
    for (const division of DEMO_DIVISIONS) {
      insertDivision.run(division.id, division.name, division.description, division.isHome ? 1 : 0);
    }
    for (const role of DEMO_ROLES) {
      insertRole.run(role.id, role.name, role.description);
      for (const permission of role.permissions) insertPermission.run(role.id, permission);
    }
    for (const user of DEMO_USERS) {
      const { roleIds, ...columns } = user;
      insertUser.run(columns);
      for (const roleId of roleIds) insertUserRole.run(user.id, roleId);
    }
  })();
  return true;
}

/**
 * OAuth clients follow the flags of each run (ids, secret, redirects), so they are rewritten on
 * every start; clients dropped from the flags disappear together with their tokens.
 */
export function syncOAuthClients(db: SqliteDatabase, clients: readonly DemoClient[]): void {
  const upsert = db.prepare(
    `INSERT INTO oauth_clients
       (id, name, grant_type, secret_hash, redirect_uris, allow_loopback_redirects, role_id)
     VALUES (@id, @name, @grantType, @secretHash, @redirectUris, @allowLoopbackRedirects, @roleId)
     ON CONFLICT (id) DO UPDATE SET
       name = excluded.name,
       grant_type = excluded.grant_type,
       secret_hash = excluded.secret_hash,
       redirect_uris = excluded.redirect_uris,
       allow_loopback_redirects = excluded.allow_loopback_redirects,
       role_id = excluded.role_id`,
  );
  const keepIds = JSON.stringify(clients.map((client) => client.id));
  db.transaction(() => {
    db.prepare('DELETE FROM oauth_clients WHERE id NOT IN (SELECT value FROM json_each(?))').run(
      keepIds,
    );
    for (const client of clients) {
      upsert.run({
        id: client.id,
        name: client.name,
        grantType: client.grantType,
        secretHash: client.secret === null ? null : sha256Hex(client.secret),
        redirectUris: JSON.stringify(client.redirectUris),
        allowLoopbackRedirects: client.allowLoopbackRedirects ? 1 : 0,
        roleId: client.roleId,
      });
    }
  })();
}

import type { SqliteDatabase } from './connection.ts';
import type {
  DivisionRecord,
  GrantType,
  OAuthClientRecord,
  OrganizationRecord,
  RoleRecord,
  UserRecord,
  UserState,
} from './identity-records.ts';

export type UserStateFilter = UserState | 'any';

export interface UserQuery {
  state: UserStateFilter;
  /** Restrict to these ids; empty = no restriction. */
  ids: readonly string[];
  descending: boolean;
  offset: number;
  limit: number;
}

export interface DivisionQuery {
  ids: readonly string[];
  /** Case-insensitive substring of the name. */
  nameContains: string | undefined;
  offset: number;
  limit: number;
}

export interface Page<T> {
  rows: T[];
  total: number;
}

/** A user as its row holds it: the record's fields, the division's two in snake_case. */
type UserRow = Omit<UserRecord, 'divisionId' | 'divisionName'> & {
  division_id: string;
  division_name: string;
};

interface DivisionRow {
  id: string;
  name: string;
  description: string;
  is_home: number;
}

interface ClientRow {
  id: string;
  name: string;
  grant_type: GrantType;
  secret_hash: string | null;
  redirect_uris: string;
  allow_loopback_redirects: number;
  role_id: string | null;
}

const USER_COLUMNS = `u.id, u.name, u.email, u.username, u.title, u.department, u.state,
  u.division_id, d.name AS division_name, u.version`;

function toUser({ division_id, division_name, ...user }: UserRow): UserRecord {
  return { ...user, divisionId: division_id, divisionName: division_name };
}

function toDivision(row: DivisionRow): DivisionRecord {
  return { id: row.id, name: row.name, description: row.description, isHome: row.is_home === 1 };
}

function toClient(row: ClientRow): OAuthClientRecord {
  const redirectUris: unknown = JSON.parse(row.redirect_uris);
  return {
    id: row.id,
    name: row.name,
    grantType: row.grant_type,
    secretHash: row.secret_hash,
    redirectUris: Array.isArray(redirectUris)
      ? redirectUris.filter((uri): uri is string => typeof uri === 'string')
      : [],
    allowLoopbackRedirects: row.allow_loopback_redirects === 1,
    roleId: row.role_id,
  };
}

/** Id lists are passed as one JSON parameter so a query never needs to be built from strings. */
const USER_IDS_FILTER = `(json_array_length(@ids) = 0 OR u.id IN (SELECT value FROM json_each(@ids)))`;

/** Read access to the org, its divisions, users, roles and OAuth clients. */
export function createIdentitiesRepo(db: SqliteDatabase) {
  const organizationStatement = db.prepare('SELECT id, name, domain FROM organization LIMIT 1');
  const userById = db.prepare(
    `SELECT ${USER_COLUMNS} FROM users u JOIN divisions d ON d.id = u.division_id WHERE u.id = ?`,
  );
  const userFilter = `FROM users u JOIN divisions d ON d.id = u.division_id
    WHERE (@state = 'any' OR u.state = @state) AND ${USER_IDS_FILTER}`;
  const countUsers = db.prepare(`SELECT COUNT(*) AS total ${userFilter}`);
  const usersAscending = db.prepare(
    `SELECT ${USER_COLUMNS} ${userFilter}
     ORDER BY u.name COLLATE NOCASE ASC, u.id ASC LIMIT @limit OFFSET @offset`,
  );
  const usersDescending = db.prepare(
    `SELECT ${USER_COLUMNS} ${userFilter}
     ORDER BY u.name COLLATE NOCASE DESC, u.id DESC LIMIT @limit OFFSET @offset`,
  );
  const allUsers = db.prepare(
    `SELECT ${USER_COLUMNS} FROM users u JOIN divisions d ON d.id = u.division_id
     ORDER BY u.name COLLATE NOCASE ASC, u.id ASC`,
  );
  const rolesOfUser = db.prepare(
    `SELECT r.id FROM user_roles ur JOIN roles r ON r.id = ur.role_id
     WHERE ur.user_id = ? ORDER BY r.name`,
  );
  const roleById = db.prepare('SELECT id, name, description FROM roles WHERE id = ?');
  const permissionsOfRole = db.prepare(
    'SELECT permission FROM role_permissions WHERE role_id = ? ORDER BY permission',
  );
  const divisionFilter = `FROM divisions
    WHERE (json_array_length(@ids) = 0 OR id IN (SELECT value FROM json_each(@ids)))
      AND (@name IS NULL OR instr(lower(name), lower(@name)) > 0)`;
  const countDivisions = db.prepare(`SELECT COUNT(*) AS total ${divisionFilter}`);
  const divisionsPage = db.prepare(
    `SELECT id, name, description, is_home ${divisionFilter}
     ORDER BY is_home DESC, name COLLATE NOCASE, id LIMIT @limit OFFSET @offset`,
  );
  const divisionById = db.prepare(
    'SELECT id, name, description, is_home FROM divisions WHERE id = ?',
  );
  const homeDivision = db.prepare(
    'SELECT id, name, description, is_home FROM divisions WHERE is_home = 1',
  );
  const clientById = db.prepare(
    `SELECT id, name, grant_type, secret_hash, redirect_uris, allow_loopback_redirects, role_id
     FROM oauth_clients WHERE id = ?`,
  );

  function findRole(id: string): RoleRecord | null {
    const row = roleById.get(id) as { id: string; name: string; description: string } | undefined;
    if (row === undefined) return null;
    const permissions = (permissionsOfRole.all(id) as { permission: string }[]).map(
      (permission) => permission.permission,
    );
    return { ...row, permissions };
  }

  return {
    organization(): OrganizationRecord {
      const row = organizationStatement.get() as OrganizationRecord | undefined;
      if (row === undefined)
        throw new Error('The sandbox database has no organization: not seeded.');
      return row;
    },

    findUser(id: string): UserRecord | null {
      const row = userById.get(id) as UserRow | undefined;
      return row === undefined ? null : toUser(row);
    },

    listUsers(query: UserQuery): Page<UserRecord> {
      const params = { state: query.state, ids: JSON.stringify(query.ids) };
      const { total } = countUsers.get(params) as { total: number };
      const statement = query.descending ? usersDescending : usersAscending;
      const rows = statement.all({ ...params, limit: query.limit, offset: query.offset });
      return { rows: (rows as UserRow[]).map(toUser), total };
    },

    /** Every user, sorted by name: the demo org is small enough to search in memory. */
    allUsers(): UserRecord[] {
      return (allUsers.all() as UserRow[]).map(toUser);
    },

    findRole,

    rolesOfUser(userId: string): RoleRecord[] {
      return (rolesOfUser.all(userId) as { id: string }[])
        .map((row) => findRole(row.id))
        .filter((role): role is RoleRecord => role !== null);
    },

    listDivisions(query: DivisionQuery): Page<DivisionRecord> {
      const params = { ids: JSON.stringify(query.ids), name: query.nameContains ?? null };
      const { total } = countDivisions.get(params) as { total: number };
      const rows = divisionsPage.all({ ...params, limit: query.limit, offset: query.offset });
      return { rows: (rows as DivisionRow[]).map(toDivision), total };
    },

    findDivision(id: string): DivisionRecord | null {
      const row = divisionById.get(id) as DivisionRow | undefined;
      return row === undefined ? null : toDivision(row);
    },

    homeDivision(): DivisionRecord {
      const row = homeDivision.get() as DivisionRow | undefined;
      if (row === undefined) throw new Error('The sandbox database has no home division.');
      return toDivision(row);
    },

    findClient(id: string): OAuthClientRecord | null {
      const row = clientById.get(id) as ClientRow | undefined;
      return row === undefined ? null : toClient(row);
    },
  };
}

export type IdentitiesRepo = ReturnType<typeof createIdentitiesRepo>;

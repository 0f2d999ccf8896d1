import type { FastifyInstance } from 'fastify';
import { USER_IDS } from '../../auth/demo-identities.ts';
import { resolveSandboxOptions } from '../../config.ts';
import type { SqliteDatabase } from '../../db/connection.ts';
import { openSandboxDatabase } from '../../db/open-sandbox-database.ts';
import { buildServer } from '../../server.ts';
import { bearer, signIn } from '../../testing/sandbox-test-kit.ts';
import { API } from './contacts-test-kit.ts';
import type { ContactsTestKit } from './contacts-test-kit.ts';

/** The contacts test kit plus the database, for tests that check repo functions directly. */
export type DbTestKit = ContactsTestKit & { db: SqliteDatabase };

export async function dbTestKit(): Promise<DbTestKit> {
  const options = resolveSandboxOptions({ memory: true, log: 'silent' });
  const db = openSandboxDatabase(options).db;
  const app: FastifyInstance = await buildServer(options, { db });
  app.addHook('onClose', async () => db.close());
  const adminToken = (await signIn(app, USER_IDS.alexAdmin)).token;
  const readerToken = (await signIn(app, USER_IDS.rileyReader)).token;
  const call: ContactsTestKit['call'] = (method, url, payload, token = adminToken) =>
    app.inject({
      method,
      url,
      headers: bearer(token),
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const create = async (path: string, body: Record<string, unknown>) => {
    const response = await call('POST', `${API}/${path}`, body);
    if (response.statusCode !== 200) throw new Error(`create failed: ${response.body}`);
    return response.json<Record<string, unknown> & { id: string }>();
  };
  return {
    app,
    db,
    adminToken,
    readerToken,
    call,
    createContact: (body) => create('contacts', body),
    createOrganization: (body) => create('organizations', body),
  };
}

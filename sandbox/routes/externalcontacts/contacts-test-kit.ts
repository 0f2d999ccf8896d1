import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { USER_IDS } from '../../auth/demo-identities.ts';
import { resolveSandboxOptions } from '../../config.ts';
import type { SqliteDatabase } from '../../db/connection.ts';
import { openSandboxDatabase } from '../../db/open-sandbox-database.ts';
import { buildServer } from '../../server.ts';
import { bearer, signIn } from '../../testing/sandbox-test-kit.ts';

/** Shared setup of the contact/organization route tests: a server, admin and reader tokens. */
export interface ContactsTestKit {
  app: FastifyInstance;
  /** The server's database, for tests that check what a route stored through repo functions. */
  db: SqliteDatabase;
  adminToken: string;
  readerToken: string;
  call(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    token?: string,
  ): Promise<LightMyRequestResponse>;
  createContact(body: Record<string, unknown>): Promise<Record<string, unknown> & { id: string }>;
  createOrganization(
    body: Record<string, unknown>,
  ): Promise<Record<string, unknown> & { id: string }>;
}

export const API = '/api/v2/externalcontacts';

export async function contactsTestKit(): Promise<ContactsTestKit> {
  const options = resolveSandboxOptions({ memory: true, log: 'silent' });
  const db = openSandboxDatabase(options).db;
  const app = await buildServer(options, { db });
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

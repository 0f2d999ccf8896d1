import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { externalContactWriteSchema } from '../../src/models/external-contact.ts';
import { externalOrganizationWriteSchema } from '../../src/models/external-organization.ts';
import { externalSourceWriteSchema } from '../../src/models/external-source.ts';
import { noteWriteSchema } from '../../src/models/note.ts';
import { relationshipWriteSchema } from '../../src/models/relationship.ts';
import { defaultSandboxOptions } from '../config.ts';
import type { SqliteDatabase } from '../db/connection.ts';
import { openSandboxDatabase } from '../db/open-sandbox-database.ts';
import { buildServer } from '../server.ts';
import { bearer, clientCredentialsToken } from '../testing/sandbox-test-kit.ts';
import {
  dataSchemaView,
  exportJobView,
  externalContactView,
  externalOrganizationView,
  externalSourceView,
  importJobView,
  noteView,
  relationshipView,
  trustorView,
} from './response-schemas.ts';
import { ResponseContractError, serialiseResponse } from './response-serialisation.ts';

const API = '/api/v2/externalcontacts';

interface Sandbox {
  app: FastifyInstance;
  db: SqliteDatabase;
  token: string;
}

const opened: Sandbox[] = [];

async function sandbox(): Promise<Sandbox> {
  const options = { ...defaultSandboxOptions(), memory: true, log: 'silent' as const };
  const { db } = openSandboxDatabase(options);
  const app = await buildServer(options, { db });
  const token = await clientCredentialsToken(app);
  const opened_ = { app, db, token };
  opened.push(opened_);
  return opened_;
}

afterEach(async () => {
  vi.unstubAllEnvs();
  for (const { app, db } of opened.splice(0)) {
    await app.close();
    db.close();
  }
});

async function createContact({ app, token }: Sandbox): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: `${API}/contacts`,
    headers: bearer(token),
    payload: { firstName: 'Ada', lastName: 'Stray', workEmail: 'ada@example.com' },
  });
  expect(response.statusCode).toBe(200);
  return String(response.json<{ id: string }>().id);
}

/** Writes straight into the stored document, as an old build or a bug could have done. */
function tamperWith(db: SqliteDatabase, table: string, id: string, path: string, json: string) {
  db.prepare(`UPDATE ${table} SET doc = json_set(doc, ?, json(?)) WHERE id = ?`).run(
    path,
    json,
    id,
  );
}

describe('answers pass through their declared response schemas', () => {
  it('never lets a stored unknown field reach a contact, its listing or its search', async () => {
    const box = await sandbox();
    const id = await createContact(box);
    tamperWith(box.db, 'contacts', id, '$.legacyColumn', '"internal note"');
    tamperWith(box.db, 'contacts', id, '$.passwordHash', '"x"');

    const urls = [
      `${API}/contacts/${id}`,
      `${API}/contacts?q=Stray`,
      `${API}/contacts/${id}?expand=externalOrganization,identifiers,division`,
    ];
    for (const url of urls) {
      const response = await box.app.inject({ method: 'GET', url, headers: bearer(box.token) });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('ada@example.com');
      expect(response.body, url).not.toContain('legacyColumn');
      expect(response.body, url).not.toContain('passwordHash');
    }
    const search = await box.app.inject({
      method: 'POST',
      url: `${API}/contacts/search`,
      headers: bearer(box.token),
      payload: { query: 'Stray' },
    });
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain('ada@example.com');
    expect(search.body).not.toContain('legacyColumn');
  });

  it('keeps custom fields, which are open by design', async () => {
    const box = await sandbox();
    const id = await createContact(box);
    tamperWith(box.db, 'contacts', id, '$.customFields', '{"loyaltyTier_text":"gold"}');
    const response = await box.app.inject({
      method: 'GET',
      url: `${API}/contacts/${id}`,
      headers: bearer(box.token),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ customFields: { loyaltyTier_text: 'gold' } });
  });

  it('fails loudly outside production when an answer does not match its schema', async () => {
    const box = await sandbox();
    const id = await createContact(box);
    tamperWith(box.db, 'contacts', id, '$.firstName', '42');
    const response = await box.app.inject({
      method: 'GET',
      url: `${API}/contacts/${id}`,
      headers: bearer(box.token),
    });
    expect(response.statusCode).toBe(500);
    // Still a Genesys error body: the mismatch is the sandbox's fault, not the caller's.
    expect(response.json()).toMatchObject({ status: 500 });
    expect(response.json()).toHaveProperty('contextId');
  });

  it('in production answers what parses and drops the rest', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const box = await sandbox();
    const id = await createContact(box);
    tamperWith(box.db, 'contacts', id, '$.firstName', '42');
    tamperWith(box.db, 'contacts', id, '$.legacyColumn', '"internal note"');
    const response = await box.app.inject({
      method: 'GET',
      url: `${API}/contacts/${id}`,
      headers: bearer(box.token),
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, unknown>>();
    expect(body).toMatchObject({ id, lastName: 'Stray', workEmail: 'ada@example.com' });
    expect(body).not.toHaveProperty('firstName');
    expect(body).not.toHaveProperty('legacyColumn');
  });
});

describe('serialiseResponse', () => {
  const listing = z.object({ entities: z.array(z.object({ id: z.string() })) });

  it('strips unknown keys at every level of a z.object', () => {
    const payload = { entities: [{ id: 'a', secret: 1 }], extra: true };
    expect(serialiseResponse(listing, payload, 'op', { strict: true })).toEqual({
      entities: [{ id: 'a' }],
    });
  });

  it('when strict, names the operation and the offending path', () => {
    expect(() =>
      serialiseResponse(listing, { entities: [{ id: 1 }] }, 'getThings', { strict: true }),
    ).toThrow(/getThings .*entities\.0\.id/);
  });

  it('when lenient, drops the items that do not parse and keeps the others', () => {
    const payload = { entities: [{ id: 1 }, { id: 'b' }, { id: null }, { id: 'd' }] };
    expect(serialiseResponse(listing, payload, 'op', { strict: false })).toEqual({
      entities: [{ id: 'b' }, { id: 'd' }],
    });
    // The caller's object is left as it was.
    expect(payload.entities).toHaveLength(4);
  });

  it('when lenient, still refuses an answer with nothing sensible left', () => {
    expect(() => serialiseResponse(listing, 'not an object', 'op', { strict: false })).toThrow(
      ResponseContractError,
    );
  });
});

/** The fields of a model in the reference (../shared/reference/models.json). */
function referenceFields(model: string): string[] {
  const url = new URL('../../../shared/reference/models.json', import.meta.url);
  const models = JSON.parse(readFileSync(url, 'utf8')) as Record<
    string,
    { fields?: Record<string, unknown> }
  >;
  return Object.keys(models[model]?.fields ?? {}).sort();
}

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape).sort();

describe('the stripping response schemas', () => {
  it.each([
    ['ExternalContact', externalContactView],
    ['ExternalOrganization', externalOrganizationView],
    ['Note', noteView],
    ['Relationship', relationshipView],
    ['ExternalSource', externalSourceView],
    ['DataSchema', dataSchemaView],
    ['Trustor', trustorView],
    ['ContactsExport', exportJobView('ContactsExport')],
    ['ContactImportJobResponse', importJobView],
  ])('list exactly the fields of Genesys’ %s', (model, view) => {
    expect(keysOf(view)).toEqual(referenceFields(model));
  });

  it.each([
    ['contact', externalContactWriteSchema, externalContactView],
    ['organization', externalOrganizationWriteSchema, externalOrganizationView],
    ['note', noteWriteSchema, noteView],
    ['relationship', relationshipWriteSchema, relationshipView],
    ['external source', externalSourceWriteSchema, externalSourceView],
  ])('let out every field the console may write on a %s', (_name, write, view) => {
    expect(keysOf(view)).toEqual(expect.arrayContaining(keysOf(write)));
  });
});

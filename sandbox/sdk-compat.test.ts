import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './testing/sandbox-test-kit.ts';

/**
 * A client we did not write: Genesys' official JavaScript SDK, pointed at the sandbox with its
 * gateway option and signed in with client credentials, drives the API unchanged.
 */
/** The SDK rejects with the parsed Genesys error body. */
interface SdkError {
  code?: string;
  status?: number;
  details?: { fieldName?: string }[];
}
interface ExternalContactsApi {
  postExternalcontactsContacts(
    body: object,
  ): Promise<{ id: string; workPhone?: { e164?: string } }>;
  getExternalcontactsContact(
    id: string,
    opts?: object,
  ): Promise<{ id: string; firstName?: string }>;
  getExternalcontactsContacts(opts: object): Promise<{ total: number; entities: { id: string }[] }>;
  postExternalcontactsContactNotes(id: string, body: object): Promise<{ id: string }>;
  getExternalcontactsContactsSchemas(): Promise<{ entities: unknown[] }>;
  deleteExternalcontactsContact(id: string): Promise<unknown>;
}
interface Sdk {
  ApiClient: {
    instance: {
      setGateway(gateway: { host: string; protocol: string; port: number }): void;
      loginClientCredentialsGrant(id: string, secret: string): Promise<unknown>;
    };
  };
  ExternalContactsApi: new () => ExternalContactsApi;
}

const sdk = createRequire(import.meta.url)('purecloud-platform-client-v2') as Sdk;
let app: FastifyInstance;
let api: ExternalContactsApi;

beforeAll(async () => {
  app = await testServer();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const client = sdk.ApiClient.instance;
  client.setGateway({ host: '127.0.0.1', protocol: 'http', port });
  await client.loginClientCredentialsGrant('sandbox-client', 'sandbox-secret');
  api = new sdk.ExternalContactsApi();
});

afterAll(async () => {
  await app.close();
});

describe('the official Genesys JavaScript SDK against the sandbox', () => {
  it('creates, reads, searches, annotates and deletes a contact', async () => {
    const created = await api.postExternalcontactsContacts({
      firstName: 'Sdk',
      lastName: 'Compatibility',
      workPhone: { display: '(317) 222-2222', normalizationCountryCode: 'US' },
    });
    expect(created.workPhone?.e164).toBe('+13172222222');
    const read = await api.getExternalcontactsContact(created.id, { expand: ['division'] });
    expect(read.firstName).toBe('Sdk');
    const found = await api.getExternalcontactsContacts({ q: 'Compatibility', pageSize: 5 });
    expect(found.entities.map((entity) => entity.id)).toContain(created.id);
    const note = await api.postExternalcontactsContactNotes(created.id, {
      noteText: 'Written by the official SDK.',
      createdBy: { id: '11111111-0000-4000-8000-000000000001' },
    });
    expect(note.id).toBeTruthy();
    expect(Array.isArray((await api.getExternalcontactsContactsSchemas()).entities)).toBe(true);
    await api.deleteExternalcontactsContact(created.id);
  });

  it('surfaces the Genesys error body for bad input and unknown ids', async () => {
    const bad = (await api
      .postExternalcontactsContacts({ workEmail: 'not an email' })
      .catch((error: unknown) => error)) as SdkError;
    expect(bad.status).toBe(400);
    expect(bad.code).toBe('bad.request');
    expect(bad.details?.[0]?.fieldName).toBe('workEmail');
    const missing = (await api
      .getExternalcontactsContact('00000000-0000-4000-8000-000000000000')
      .catch((error: unknown) => error)) as SdkError;
    expect(missing.status).toBe(404);
    expect(missing.code).toBe('not.found');
  });
});

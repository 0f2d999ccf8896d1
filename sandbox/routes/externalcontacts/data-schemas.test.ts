import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { USER_IDS } from '../../auth/demo-identities.ts';
import { everyCoreTypeDocument } from '../../domain/schema-fixtures.ts';
import { bearer, clientCredentialsToken, signIn } from '../../testing/sandbox-test-kit.ts';
import { eachTestServer } from '../../testing/test-server-lifecycle.ts';

const CONTACTS = '/api/v2/externalcontacts/contacts/schemas';
const ORGS = '/api/v2/externalcontacts/organizations/schemas';

let app: FastifyInstance;
let adminToken: string;
eachTestServer((server, token) => {
  app = server;
  adminToken = token;
});

const call = (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
  token = adminToken,
) =>
  app.inject({
    method,
    url,
    headers: bearer(token),
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

interface SchemaBody {
  id: string;
  name: string;
  version: number;
  enabled: boolean;
  appliesTo: string[];
  jsonSchema: { properties: Record<string, unknown> };
  createdBy: { id: string; selfUri: string };
  dateCreated: string;
  selfUri: string;
}

interface ErrorBody {
  code: string;
  message: string;
  details: { fieldName?: string }[];
}

const fieldNames = (body: ErrorBody) => body.details.map((detail) => detail.fieldName);

async function createSchema(name = 'Customer', url = CONTACTS): Promise<SchemaBody> {
  const response = await call('POST', url, { name, jsonSchema: everyCoreTypeDocument() });
  expect(response.statusCode).toBe(200);
  return response.json<SchemaBody>();
}

function withField(key: string, definition: Record<string, unknown>): Record<string, unknown> {
  const document = everyCoreTypeDocument();
  return { ...document, properties: { ...(document.properties as object), [key]: definition } };
}

describe('core types and limits', () => {
  it('lists the eleven core types with their limits', async () => {
    const response = await call('GET', `${CONTACTS}/coretypes`);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ total: number; entities: { name: string }[] }>();
    expect(body.total).toBe(11);
    expect(body.entities.map((entity) => entity.name)).toEqual([
      'text',
      'longtext',
      'url',
      'identifier',
      'enum',
      'date',
      'datetime',
      'integer',
      'number',
      'checkbox',
      'tag',
    ]);
  });

  it('returns one core type and 404 for an unknown one', async () => {
    const tag = await call('GET', `${ORGS}/coretypes/tag`);
    expect(tag.statusCode).toBe(200);
    expect(tag.json()).toMatchObject({
      name: 'tag',
      current: true,
      validationLimits: { maxItems: { min: 1, max: 10 } },
      itemValidationLimits: { maxLength: { min: 1, max: 100 } },
      selfUri: `${ORGS}/coretypes/tag`,
    });
    const date = (await call('GET', `${CONTACTS}/coretypes/date`)).json<{
      schema: { pattern: string };
    }>();
    expect(new RegExp(date.schema.pattern).test('2024-02-29')).toBe(true);
    expect((await call('GET', `${CONTACTS}/coretypes/boolean`)).statusCode).toBe(404);
  });

  it('reports the quantity limits', async () => {
    const response = await call('GET', `${CONTACTS}/limits`);
    expect(response.json()).toMatchObject({
      maxNumberOfSchemasPerOrg: 20,
      maxNumberOfFieldsPerSchema: 25,
      maxNumberOfFieldsPerOrg: 500,
      maxSchemaNameCharacters: 100,
    });
  });
});

describe('schemas CRUD', () => {
  it('creates a schema with every core type and reads it back', async () => {
    const created = await createSchema();
    expect(created).toMatchObject({
      name: 'Customer',
      version: 1,
      enabled: true,
      appliesTo: ['CONTACT'],
      createdBy: { id: USER_IDS.alexAdmin, selfUri: `/api/v2/users/${USER_IDS.alexAdmin}` },
      selfUri: `${CONTACTS}/${created.id}`,
    });
    expect(Object.keys(created.jsonSchema.properties)).toHaveLength(11);
    expect(created.jsonSchema).toMatchObject({ type: 'object', $schema: expect.any(String) });

    const read = await call('GET', `${CONTACTS}/${created.id}`);
    expect(read.json()).toEqual(created);
    const list = (await call('GET', CONTACTS)).json<{ total: number; entities: SchemaBody[] }>();
    expect(list.total).toBe(1);
    expect((await call('GET', ORGS)).json()).toMatchObject({ total: 0, entities: [] });
  });

  it('marks organization schemas and client-credential creators', async () => {
    const token = await clientCredentialsToken(app);
    const response = await call(
      'POST',
      ORGS,
      { name: 'Partner', jsonSchema: { properties: {} } },
      token,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      appliesTo: ['EXTERNAL_ORGANIZATION'],
      createdBy: { selfUri: expect.stringMatching(/^\/api\/v2\/oauth\/clients\//) },
    });
  });

  it('stores a new version on update and keeps the old one', async () => {
    const created = await createSchema();
    const document = withField('region_text', {
      allOf: [{ $ref: '#/definitions/text' }],
      title: 'Region',
    });
    const updated = await call('PUT', `${CONTACTS}/${created.id}`, {
      version: 1,
      name: 'Client',
      jsonSchema: document,
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, name: 'Client' });

    const versions = (await call('GET', `${CONTACTS}/${created.id}/versions`)).json<{
      entities: SchemaBody[];
    }>();
    expect(versions.entities.map((entity) => entity.version)).toEqual([1, 2]);
    const first = await call('GET', `${CONTACTS}/${created.id}/versions/1`);
    expect(first.json()).toMatchObject({ version: 1, name: 'Customer' });
    expect(first.json<SchemaBody>().jsonSchema.properties).not.toHaveProperty('region_text');
    expect((await call('GET', `${CONTACTS}/${created.id}/versions/3`)).statusCode).toBe(404);
    expect((await call('GET', `${CONTACTS}/${created.id}/versions/x`)).statusCode).toBe(404);
  });

  it('refuses a stale version with 409 naming both versions', async () => {
    const created = await createSchema();
    const body = { version: 1, jsonSchema: everyCoreTypeDocument() };
    expect((await call('PUT', `${CONTACTS}/${created.id}`, body)).statusCode).toBe(200);
    const stale = await call('PUT', `${CONTACTS}/${created.id}`, body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/version 1 .*version 2/),
    });
    const missing = await call('PUT', `${CONTACTS}/${created.id}`, {
      jsonSchema: everyCoreTypeDocument(),
    });
    expect(missing.statusCode).toBe(400);
    expect(fieldNames(missing.json())).toEqual(['version']);
  });

  it('refuses a change of core type in a new version', async () => {
    const created = await createSchema();
    const document = withField('nickname_text', {
      allOf: [{ $ref: '#/definitions/longtext' }],
      title: 'Nickname',
    });
    const response = await call('PUT', `${CONTACTS}/${created.id}`, {
      version: 1,
      jsonSchema: document,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldNames(response.json())).toContain('jsonSchema.properties.nickname_text.allOf');
  });

  it('deletes contact schemas only', async () => {
    const created = await createSchema();
    expect((await call('DELETE', `${CONTACTS}/${created.id}`)).statusCode).toBe(204);
    expect((await call('GET', `${CONTACTS}/${created.id}`)).statusCode).toBe(404);
    expect((await call('DELETE', `${CONTACTS}/${created.id}`)).statusCode).toBe(404);
    const org = await createSchema('Partner', ORGS);
    expect((await call('DELETE', `${ORGS}/${org.id}`)).statusCode).toBe(404);
    expect((await call('GET', `${ORGS}/${org.id}`)).statusCode).toBe(200);
  });

  it('needs a unique name', async () => {
    await createSchema();
    const again = await call('POST', CONTACTS, {
      name: 'customer',
      jsonSchema: everyCoreTypeDocument(),
    });
    expect(again.statusCode).toBe(400);
    expect(fieldNames(again.json())).toEqual(['name']);
    const unnamed = await call('POST', CONTACTS, { jsonSchema: everyCoreTypeDocument() });
    expect(fieldNames(unnamed.json())).toEqual(['name']);
  });

  it('gives the read-only user 403 on writes but lets them read', async () => {
    const { token } = await signIn(app, USER_IDS.rileyReader);
    const response = await call(
      'POST',
      CONTACTS,
      { name: 'X', jsonSchema: { properties: {} } },
      token,
    );
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'missing.any.permissions' });
    expect((await call('GET', CONTACTS, undefined, token)).statusCode).toBe(200);
  });
});

describe('schema documents are validated', () => {
  const post = (jsonSchema: unknown) => call('POST', CONTACTS, { name: 'Bad', jsonSchema });
  const text = (extra: Record<string, unknown> = {}) => ({
    allOf: [{ $ref: '#/definitions/text' }],
    title: 'Loyalty',
    ...extra,
  });

  it.each([
    ['a key without a core-type suffix', { loyalty: text() }, 'jsonSchema.properties.loyalty'],
    [
      'a suffix that is no core type',
      { loyalty_boolean: text() },
      'jsonSchema.properties.loyalty_boolean',
    ],
    [
      'an unknown core type',
      { loyalty_text: { allOf: [{ $ref: '#/definitions/boolean' }], title: 'L' } },
      'jsonSchema.properties.loyalty_text.allOf',
    ],
    [
      'a ref that contradicts the suffix',
      { loyalty_enum: text() },
      'jsonSchema.properties.loyalty_enum.allOf',
    ],
    [
      'maxLength above the core type',
      { loyalty_text: text({ maxLength: 101 }) },
      'jsonSchema.properties.loyalty_text.maxLength',
    ],
    [
      'an attribute of another core type',
      {
        loyalty_enum: {
          allOf: [{ $ref: '#/definitions/enum' }],
          title: 'L',
          enum: ['A'],
          maxLength: 5,
        },
      },
      'jsonSchema.properties.loyalty_enum.maxLength',
    ],
    [
      'too many tags',
      { topics_tag: { allOf: [{ $ref: '#/definitions/tag' }], title: 'T', maxItems: 11 } },
      'jsonSchema.properties.topics_tag.maxItems',
    ],
    [
      'an enum without values',
      { loyalty_enum: { allOf: [{ $ref: '#/definitions/enum' }], title: 'L', enum: [] } },
      'jsonSchema.properties.loyalty_enum.enum',
    ],
    [
      'a missing title',
      { loyalty_text: { allOf: [{ $ref: '#/definitions/text' }] } },
      'jsonSchema.properties.loyalty_text.title',
    ],
  ])('refuses %s', async (_case, properties, fieldName) => {
    const response = await post({ properties });
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorBody>();
    expect(body.code).toBe('bad.request');
    expect(fieldNames(body)).toContain(fieldName);
  });

  it('refuses required names that are no field, and a missing properties', async () => {
    const unknownRequired = await post({ required: ['nope_text'], properties: { a_text: text() } });
    expect(fieldNames(unknownRequired.json())).toEqual(['jsonSchema.required']);
    const noProperties = await post({ title: 'x' });
    expect(fieldNames(noProperties.json())).toEqual(['jsonSchema.properties']);
    const noDocument = await call('POST', CONTACTS, { name: 'Bad' });
    expect(fieldNames(noDocument.json())).toEqual(['jsonSchema']);
  });

  it('refuses more than 25 fields', async () => {
    const properties = Object.fromEntries(
      Array.from({ length: 26 }, (_, index) => [`field_${index}_text`, text()]),
    );
    const response = await post({ properties });
    expect(response.statusCode).toBe(400);
    expect(fieldNames(response.json())).toEqual(['jsonSchema.properties']);
  });

  it('refuses the 21st schema of the org', async () => {
    for (let index = 0; index < 20; index += 1) {
      const url = index % 2 === 0 ? CONTACTS : ORGS;
      const response = await call('POST', url, {
        name: `S${index}`,
        jsonSchema: { properties: {} },
      });
      expect(response.statusCode).toBe(200);
    }
    const response = await call('POST', CONTACTS, { name: 'S20', jsonSchema: { properties: {} } });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().message).toMatch(/maximum of 20/);
  });
});

describe('schemas in use by contacts', () => {
  it('validates contact custom fields and refuses to delete a schema in use', async () => {
    const schema = await createSchema();
    const contact = (customFields: Record<string, unknown>) =>
      call('POST', '/api/v2/externalcontacts/contacts', {
        firstName: 'Pat',
        schema: { id: schema.id, version: 1 },
        customFields,
      });
    const bad = await contact({ customer_number_identifier: 'C-1', loyalty_enum: 'Platinum' });
    expect(bad.statusCode).toBe(400);
    expect(fieldNames(bad.json())).toEqual(['customFields.loyalty_enum']);
    expect(bad.json<ErrorBody>().message).toBe('Loyalty tier must be one of Gold, Silver.');

    const good = await contact({ customer_number_identifier: 'C-1', loyalty_enum: 'Gold' });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({
      schema: { id: schema.id, version: 1, name: 'Customer' },
      customFields: { loyalty_enum: 'Gold' },
    });
    const refused = await call('DELETE', `${CONTACTS}/${schema.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorBody>().message).toMatch(/used by 1 contact;/);
  });
});

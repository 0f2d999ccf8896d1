import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_IDS } from '../auth/demo-identities.ts';
import { bearer, signIn, testServer } from '../testing/sandbox-test-kit.ts';
import { z } from 'zod';
import { OPENAPI_DOCUMENT_PATH, OPERATION_CONTRACTS } from './registry.ts';

/**
 * Property test driven by the served OpenAPI document. For every /api/v2 operation it sends
 * requests generated from the declared parameters and bodies — valid ones, and invalid ones
 * (wrong types, nulls, missing required fields, huge and control-character strings, bad ids and
 * paging) — and checks what any client may rely on: never a 5xx or a hang, every error a Genesys
 * body (status, code, message, contextId = the correlation header), invalid typed values refused
 * with a 4xx rather than stored, valid reads of known records answered 2xx. Seeded, so a failure
 * replays; the counts are bounded so it runs in well under a minute.
 */

const SEED = 20_261_202;
/** Values for required free-text parameters that name something the sandbox has. */
const REQUIRED_VALUES: Record<string, string> = {
  lookupVal: 'pat@example.com',
  permission: 'externalContacts:contact:view',
};
const RUNS_PER_OPERATION = 18;
const REQUEST_TIMEOUT_MS = 10_000;

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Json;
}
interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: Parameter[];
  body: Json | undefined;
  bodyRequired: boolean;
}

let app: FastifyInstance;
let token: string;
let operations: Operation[] = [];
let requestsSent = 0;
const ids: Record<string, string> = {};

async function send(
  method: string,
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  requestsSent += 1;
  const request = app.inject({
    method: method as 'GET',
    url,
    headers: { ...bearer(token), 'content-type': 'application/json' },
    ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
  });
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${method} ${url} hung`)), REQUEST_TIMEOUT_MS);
  });
  try {
    return await Promise.race([request, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** A 2xx body must have the declared response shape (the contract's zod schema). */
function expectDeclaredShape(operationId: string, response: LightMyRequestResponse): void {
  const contract = OPERATION_CONTRACTS.find((c) => c.operationId === operationId);
  const schema = contract?.response.schema;
  if (schema === undefined || response.statusCode >= 300) return;
  const result = z.safeParse(schema, response.json());
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  expect(problems, `${operationId}: ${response.body.slice(0, 300)}`).toEqual([]);
}

/** What every answer must be: below 500, and an error only as a Genesys body. */
function expectWellFormed(response: LightMyRequestResponse, what: string): void {
  expect(response.statusCode, `${what}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
  if (response.statusCode < 400) return;
  const body = response.json<Json>();
  expect(body.status, what).toBe(response.statusCode);
  expect(typeof body.code, what).toBe('string');
  expect(typeof body.message, what).toBe('string');
  expect(body.message, what).not.toMatch(/FST_|ajv|zod|invalid_type|nonoptional/i);
  expect(typeof body.contextId, what).toBe('string');
  expect(response.headers['inin-correlation-id'], what).toBe(body.contextId);
}

function schemaOf(parameter: Parameter): Json {
  return parameter.schema;
}

function validQueryValue(schema: Json): fc.Arbitrary<string> {
  switch (schema.type) {
    case 'integer': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
      const max = typeof schema.maximum === 'number' ? schema.maximum : min + 20;
      return fc.integer({ min, max: Math.min(max, min + 20) }).map(String);
    }
    case 'boolean':
      return fc.boolean().map(String);
    case 'array': {
      const items = schema.items as Json;
      const values = Array.isArray(items.enum) ? (items.enum as string[]) : null;
      if (values === null) return fc.constant('');
      return fc.subarray(values, { minLength: 1 }).map((chosen) => chosen.join(','));
    }
    default:
      return Array.isArray(schema.enum)
        ? fc.constantFrom(...(schema.enum as string[]))
        : fc.constant('');
  }
}

const controlText = fc
  .array(
    fc.constantFrom(
      '\u0000',
      '\u0001',
      '\n',
      '\r',
      '\t',
      '\u007f',
      '\u202e',
      'a',
      '"',
      "'",
      '%',
      '<',
    ),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));
const hugeText = fc.integer({ min: 2_000, max: 20_000 }).map((n) => 'x'.repeat(n));
const wrongScalar = fc.oneof(
  fc.constantFrom('abc', '-1', '0', '1.5', '1e3', '99999999999999999999', 'true', 'null', ''),
  controlText,
  hugeText,
);

/** A value the declared type rules out, or undefined where none is (free text). */
function invalidQueryValue(schema: Json): fc.Arbitrary<string> | undefined {
  if (schema.type === 'integer') {
    return fc.constantFrom('abc', '-1', '1.5', '1e3', '99999999999999999999', 'null', '0x10');
  }
  if (schema.type === 'boolean') return fc.constantFrom('yes', 'maybe', '1', 'TRUE!', 'null');
  if (schema.type === 'string' && Array.isArray(schema.enum)) {
    return fc.constantFrom('NotAValue', '\u0000', 'x'.repeat(300));
  }
  return undefined;
}

function queryString(entries: [string, string][]): string {
  const kept = entries.filter(([, value]) => value !== '');
  if (kept.length === 0) return '';
  return `?${kept.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

function fillPath(path: string, pick: (name: string) => string): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(pick(name)));
}

/** A JSON value of the wrong type for a property schema (string vs number vs object vs list). */
function wrongTypeFor(schema: Json): unknown[] {
  const types = new Set<string>();
  const collect = (s: Json) => {
    if (typeof s.type === 'string') types.add(s.type);
    if (Array.isArray(s.type)) for (const t of s.type as string[]) types.add(t);
    for (const key of ['anyOf', 'oneOf'] as const) {
      if (Array.isArray(s[key])) for (const inner of s[key] as Json[]) collect(inner);
    }
  };
  collect(schema);
  if (types.size === 0) return [];
  const candidates: [string, unknown][] = [
    ['string', 12_345],
    ['number', 'twelve'],
    ['integer', 'twelve'],
    ['boolean', 'yes'],
    ['object', 'an object'],
    ['array', { not: 'a list' }],
  ];
  const wrong: unknown[] = [];
  for (const [type, value] of candidates) {
    if (!types.has(type)) continue;
    const accepted = [...types].some((t) => {
      if (typeof value === 'number') return t === 'number' || t === 'integer';
      if (typeof value === 'string') return t === 'string';
      if (Array.isArray(value)) return t === 'array';
      return t === 'object';
    });
    if (!accepted) wrong.push(value);
  }
  return wrong;
}

function requiredOf(schema: Json): string[] {
  return Array.isArray(schema.required) ? (schema.required as string[]) : [];
}

function propertiesOf(schema: Json): Record<string, Json> {
  return typeof schema.properties === 'object' && schema.properties !== null
    ? (schema.properties as Record<string, Json>)
    : {};
}

function readOperations(document: Json): Operation[] {
  const paths = document.paths as Record<string, Record<string, Json>>;
  const list: Operation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!path.startsWith('/api/v2/') || path === OPENAPI_DOCUMENT_PATH) continue;
    for (const [method, operation] of Object.entries(item)) {
      const requestBody = operation.requestBody as Json | undefined;
      const content = requestBody?.content as Record<string, Json> | undefined;
      list.push({
        method: method.toUpperCase(),
        path,
        operationId: String(operation.operationId),
        parameters: (operation.parameters as Parameter[] | undefined) ?? [],
        body: content?.['application/json']?.schema as Json | undefined,
        bodyRequired: requestBody?.required === true,
      });
    }
  }
  return list;
}

/** Records to read, made through the API itself, and their ids by path-parameter name. */
async function knownIds(): Promise<void> {
  const create = async (path: string, body: Json) => {
    const response = await send('POST', `/api/v2/externalcontacts/${path}`, body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ id: string }>().id;
  };
  const organization = await create('organizations', { name: 'Property Test Org' });
  await create('contacts', {
    firstName: 'Pat',
    lastName: 'Property',
    workEmail: 'pat@example.com',
    externalOrganization: { id: organization },
  });
  await create('externalsources', { name: 'Property source', active: true });
  ids.relationshipId = await create('relationships', {
    user: { id: USER_IDS.alexAdmin },
    externalOrganization: { id: organization },
    relationship: 'Account manager',
  });
  ids.coreTypeName = 'text';
  const first = async (url: string) => {
    const response = await send('GET', url);
    const entities = response.json<{ entities?: { id: string }[] }>().entities ?? [];
    return entities[0]?.id;
  };
  const found: Record<string, string | undefined> = {
    contactId: await first('/api/v2/externalcontacts/contacts?pageSize=1'),
    externalOrganizationId: await first('/api/v2/externalcontacts/organizations?pageSize=1'),
    userId: USER_IDS.alexAdmin,
    divisionId: await first('/api/v2/authorization/divisions?pageSize=1'),
    externalSourceId: await first('/api/v2/externalcontacts/externalsources'),
    trustorOrgId: await first('/api/v2/orgauthorization/trustors'),
  };
  for (const [name, id] of Object.entries(found)) if (id !== undefined) ids[name] = id;
}

beforeAll(async () => {
  app = await testServer({ rateLimit: { kind: 'off' } });
  token = (await signIn(app, USER_IDS.alexAdmin)).token;
  const response = await app.inject({ method: 'GET', url: OPENAPI_DOCUMENT_PATH });
  operations = readOperations(response.json<Json>());
  await knownIds();
}, 60_000);

afterAll(async () => {
  await app.close();
  // The counts the issue note asks for.
  console.info(
    `openapi property test: ${operations.length} operations, ${requestsSent} requests sent`,
  );
});

const reads = () => operations.filter((op) => op.method === 'GET');
const randomId = fc.oneof(
  fc.uuid(),
  fc.constantFrom('not-an-id', '0', '-1', '..', '%', 'a'.repeat(100), '"><script>'),
  controlText,
);

describe('OpenAPI-driven requests', { timeout: 120_000 }, () => {
  it('covers the whole document', () => {
    expect(operations.length).toBeGreaterThan(140);
    expect(Object.keys(ids)).toEqual(
      expect.arrayContaining(['contactId', 'externalOrganizationId', 'userId', 'divisionId']),
    );
  });

  it('answers valid reads of known records with 2xx', async () => {
    const resolvable = reads().filter((op) =>
      op.parameters.every((p) => p.in !== 'path' || ids[p.name] !== undefined),
    );
    expect(resolvable.length).toBeGreaterThan(25);
    for (const op of resolvable) {
      const queryParams = op.parameters.filter((p) => p.in === 'query');
      const arbitrary = fc.tuple(
        ...queryParams.map((p) =>
          fc.option(validQueryValue(schemaOf(p)), { nil: undefined, freq: 2 }),
        ),
      );
      await fc.assert(
        fc.asyncProperty(arbitrary, async (values) => {
          const entries = queryParams.flatMap((p, index): [string, string][] => {
            const value = values[index];
            if (value === undefined || value === '')
              return p.required ? [[p.name, REQUIRED_VALUES[p.name] ?? 'x']] : [];
            return [[p.name, value]];
          });
          const url = `${fillPath(op.path, (name) => ids[name] ?? '')}${queryString(entries)}`;
          const response = await send(op.method, url);
          expectWellFormed(response, `${op.operationId} ${url}`);
          expectDeclaredShape(op.operationId, response);
          // Paging windows and cursors legitimately refuse some combinations; never with a 5xx.
          if (response.statusCode >= 400) {
            expect(response.json<Json>().code, `${op.operationId} ${url}`).toBe('bad.request');
            const field = (response.json<{ details?: { fieldName?: string }[] }>().details ?? [])[0]
              ?.fieldName;
            expect(
              ['pageNumber', 'pageSize', 'lookupVal', 'limit'],
              `${url}: ${response.body}`,
            ).toContain(field);
          }
        }),
        { seed: SEED, numRuns: 6 },
      );
    }
  });

  it('refuses wrongly typed query values with a Genesys 400, and survives hostile text', async () => {
    for (const op of operations) {
      const queryParams = op.parameters.filter((p) => p.in === 'query');
      if (queryParams.length === 0) continue;
      const pick = fc.nat({ max: queryParams.length - 1 });
      await fc.assert(
        fc.asyncProperty(pick, wrongScalar, fc.boolean(), async (index, text, typed) => {
          const param = queryParams[index];
          if (param === undefined) return;
          const invalid = invalidQueryValue(schemaOf(param));
          const value =
            typed && invalid !== undefined
              ? (fc.sample(invalid, { seed: index, numRuns: 1 })[0] ?? text)
              : text;
          const url = `${fillPath(op.path, (name) => ids[name] ?? 'unknown-id')}${queryString([[param.name, value]])}`;
          const response = await send(op.method, url, op.body === undefined ? undefined : {});
          expectWellFormed(response, `${op.operationId} ${url}`);
          if (typed && invalid !== undefined && value !== '') {
            expect(
              response.statusCode,
              `${op.operationId} ${param.name}=${JSON.stringify(value)}`,
            ).toBeGreaterThanOrEqual(400);
          }
        }),
        { seed: SEED, numRuns: RUNS_PER_OPERATION },
      );
    }
  });

  it('answers unknown and malformed ids with a Genesys 4xx', async () => {
    for (const op of operations.filter((o) => o.path.includes('{'))) {
      await fc.assert(
        fc.asyncProperty(randomId, async (id) => {
          const url = fillPath(op.path, () => id);
          const response = await send(op.method, url, op.body === undefined ? undefined : {});
          expectWellFormed(response, `${op.operationId} ${url}`);
          expect(response.statusCode, `${op.operationId} ${url}`).toBeGreaterThanOrEqual(400);
        }),
        { seed: SEED, numRuns: 8 },
      );
    }
  });

  it('refuses bodies of the wrong shape, wrong types and missing required fields', async () => {
    const withBodies = operations.filter((op) => op.body !== undefined);
    expect(withBodies.length).toBeGreaterThan(50);
    for (const op of withBodies) {
      const schema = op.body ?? {};
      const properties = Object.entries(propertiesOf(schema));
      const required = requiredOf(schema);
      const mutations: { label: string; body: unknown }[] = [
        { label: 'null', body: null },
        { label: 'a list', body: [] },
        { label: 'a number', body: 42 },
        { label: 'text', body: 'hello' },
      ];
      for (const name of required) {
        const body: Json = {};
        for (const other of required) if (other !== name) body[other] = null;
        mutations.push({ label: `without ${name}`, body: {} });
        mutations.push({ label: `${name}: null`, body: { ...body, [name]: null } });
      }
      for (const [name, property] of properties) {
        for (const wrong of wrongTypeFor(property)) {
          mutations.push({ label: `${name}: ${JSON.stringify(wrong)}`, body: { [name]: wrong } });
        }
      }
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...mutations),
          fc.boolean(),
          async (mutation, knownRecord) => {
            const url = fillPath(op.path, (name) =>
              knownRecord ? (ids[name] ?? 'unknown-id') : 'unknown-id',
            );
            const response = await send(op.method, url, mutation.body);
            const what = `${op.operationId} ${url} with ${mutation.label}`;
            expectWellFormed(response, what);
            expect(
              response.statusCode,
              `${what}: ${response.body.slice(0, 300)}`,
            ).toBeGreaterThanOrEqual(400);
          },
        ),
        { seed: SEED, numRuns: Math.min(RUNS_PER_OPERATION, mutations.length * 2) },
      );
    }
  });

  it('stores generated organizations, notes, relationships and sources exactly', async () => {
    const text = fc
      .string({ minLength: 1, maxLength: 80, unit: 'grapheme' })
      .filter((value) => value.trim() !== '');
    const organization = ids.externalOrganizationId ?? '';
    const contact = ids.contactId ?? '';
    const cases = [
      {
        operationId: 'postExternalcontactsOrganizations',
        path: '/api/v2/externalcontacts/organizations',
        body: (value: string) => ({ name: value }),
        read: (id: string) => `/api/v2/externalcontacts/organizations/${id}`,
        field: 'name',
        expected: (value: string) => value.trim(),
      },
      {
        operationId: 'postExternalcontactsContactNotes',
        path: `/api/v2/externalcontacts/contacts/${contact}/notes`,
        body: (value: string) => ({ noteText: value }),
        read: (id: string) => `/api/v2/externalcontacts/contacts/${contact}/notes/${id}`,
        field: 'noteText',
        // Notes keep their text exactly as sent.
        expected: (value: string) => value,
      },
      {
        operationId: 'postExternalcontactsRelationships',
        path: '/api/v2/externalcontacts/relationships',
        body: (value: string) => ({
          user: { id: USER_IDS.alexAdmin },
          externalOrganization: { id: organization },
          relationship: value.slice(0, 50),
        }),
        read: (id: string) => `/api/v2/externalcontacts/relationships/${id}`,
        field: 'relationship',
        expected: (value: string) => value.slice(0, 50).trim(),
      },
    ];
    for (const item of cases) {
      let storedCount = 0;
      await fc.assert(
        fc.asyncProperty(text, async (value) => {
          const created = await send('POST', item.path, item.body(value));
          expectWellFormed(created, item.operationId);
          if (created.statusCode >= 400) return;
          expectDeclaredShape(item.operationId, created);
          const read = await send('GET', item.read(created.json<{ id: string }>().id));
          expect(read.statusCode).toBe(200);
          expect(read.json<Json>()[item.field], item.operationId).toBe(item.expected(value));
          storedCount += 1;
        }),
        { seed: SEED, numRuns: 15 },
      );
      expect(storedCount, item.operationId).toBeGreaterThan(10);
    }
  });

  it('stores generated valid contacts exactly and reads them back', async () => {
    let storedCount = 0;
    const name = fc
      .string({ minLength: 1, maxLength: 60, unit: 'grapheme' })
      .filter((s) => s.trim() !== '');
    await fc.assert(
      fc.asyncProperty(
        name,
        name,
        fc.option(controlText, { nil: undefined }),
        async (first, last, title) => {
          const body: Json = { firstName: first, lastName: last };
          if (title !== undefined) body.title = title;
          const created = await send('POST', '/api/v2/externalcontacts/contacts', body);
          expectWellFormed(created, 'postExternalcontactsContacts');
          if (created.statusCode >= 400) return;
          const id = created.json<{ id: string }>().id;
          const read = await send('GET', `/api/v2/externalcontacts/contacts/${id}`);
          expect(read.statusCode).toBe(200);
          const stored = read.json<Json>();
          expect(stored.firstName).toBe(first.trim());
          expect(stored.lastName).toBe(last.trim());
          storedCount += 1;
        },
      ),
      { seed: SEED, numRuns: 40 },
    );
    expect(storedCount).toBeGreaterThan(30);
  });
});

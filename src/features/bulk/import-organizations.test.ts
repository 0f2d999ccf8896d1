import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import type { ExternalOrganization } from '@/models/organization-fields';
import { recordUpdate } from './contact-update-body';
import { autoMap, fieldForHeader, isReferenceOnlyHeader, mappingProblems } from './header-mapping';
import type { ImportedRecord } from './import-entity';
import { importContacts } from './import-engine';
import { defaultMatchSettings, planImport } from './import-plan';
import { checkRecords, type CheckedRow } from './import-rows';
import { rowDecision, updateContacts } from './import-updates';
import { lookUpIdentities } from './match-lookups';
import { parseCsvText } from './parse-csv';

const ORG = 'organizations' as const;
const noWait = () => Promise.resolve();

/** A file as a person writes it, and the rows the Import page would check from it. */
function check(text: string, phoneCountry = 'GB'): { rows: CheckedRow[]; mapping: string[] } {
  const parsed = parseCsvText(text, 'the file');
  if (!parsed.ok) throw new Error(parsed.message);
  const mapping = [...autoMap(parsed.csv.headers, ORG)];
  return {
    mapping,
    rows: checkRecords(parsed.csv.records, parsed.csv.headers, mapping, phoneCountry, null, ORG),
  };
}

const problemsOf = (row: CheckedRow | undefined) =>
  (row?.problems ?? []).map((problem) => `${problem.column}: ${problem.message}`);

describe('organization columns', () => {
  it('maps an organization export’s headers and the usual other names to its fields', () => {
    expect(fieldForHeader('Name', ORG)).toBe('name');
    expect(fieldForHeader('Company', ORG)).toBe('name');
    expect(fieldForHeader('Phone', ORG)).toBe('phoneNumber');
    expect(fieldForHeader('Websites', ORG)).toBe('websites');
    expect(fieldForHeader('Employee count', ORG)).toBe('employeeCount');
    expect(fieldForHeader('City', ORG)).toBe('address.city');
    expect(fieldForHeader('Loyalty [loyalty_enum]', ORG)).toBe('customFields.loyalty_enum');
    // Contacts' fields are not organizations'.
    expect(fieldForHeader('First name', ORG)).toBe('');
    expect(fieldForHeader('Company', 'contacts')).not.toBe('name');
    expect(isReferenceOnlyHeader('Id', ORG)).toBe(true);
    expect(isReferenceOnlyHeader('Division', ORG)).toBe(true);
    expect(isReferenceOnlyHeader('Shoe size', ORG)).toBe(false);
  });

  it('refuses a mapping without the name, and a field mapped twice', () => {
    expect(mappingProblems(['industry'], null, ORG)).toEqual([
      'Map a column to Name: every organization needs a name.',
    ]);
    expect(mappingProblems(['name', 'industry', 'industry'], null, ORG)).toEqual([
      'Two columns are mapped to Industry: map one of them to another field or ignore it.',
    ]);
    expect(mappingProblems(['name', ''], null, ORG)).toEqual([]);
  });
});

describe('organization rows', () => {
  it('builds the body the organization form would send', () => {
    const { rows } = check(
      'Name,Industry,Phone,Employee count,Tags,Websites,City\n' +
        'Acme Ltd,Retail,020 7946 0321,250,gold; vip,https://acme.example|https://acme.test,Leeds\n',
    );
    expect(problemsOf(rows[0])).toEqual([]);
    expect(rows[0]?.body).toMatchObject({
      name: 'Acme Ltd',
      industry: 'Retail',
      phoneNumber: { display: '020 7946 0321', normalizationCountryCode: 'GB' },
      employeeCount: 250,
      tags: ['gold', 'vip'],
      websites: ['https://acme.example', 'https://acme.test'],
      address: { city: 'Leeds' },
    });
  });

  it('says what is wrong with each bad cell, on its row and column', () => {
    const { rows } = check(
      'Name,External system URL,Employee count,Phone,Twitter screen name\n' +
        'Bad Url Ltd,acme.example/about,12,,\n' +
        'Counting Co,,twelve,,\n' +
        'Phone Co,,,12ab-34,\n' +
        ',,5,,\n' +
        'Handle Co,,,,not a handle!\n',
    );
    expect(rows.map((row) => row.body === null)).toEqual([true, true, true, true, true]);
    expect(problemsOf(rows[0])).toEqual([expect.stringMatching(/^External system URL: .*http/)]);
    expect(problemsOf(rows[1])).toEqual([expect.stringMatching(/^Employee count: /)]);
    expect(problemsOf(rows[2])).toEqual([expect.stringMatching(/^Phone: /)]);
    expect(problemsOf(rows[3])).toEqual([expect.stringMatching(/^Name: /)]);
    expect(problemsOf(rows[4])).toEqual([expect.stringMatching(/^Twitter screen name: /)]);
  });
});

const stored = (fields: Partial<ExternalOrganization> & { id: string }): ExternalOrganization => ({
  name: 'Acme Ltd',
  createDate: '2026-01-01T00:00:00Z',
  ...fields,
});

describe('matching organizations by name', () => {
  it('looks each name up and keeps the oldest with the same name, without case', async () => {
    const asked: { path: string; q: unknown }[] = [];
    let busy = true;
    const api = (async (path: string, options: RequestOptions = {}) => {
      asked.push({ path, q: options.query?.q });
      if (options.query?.q === 'busy co' && busy) {
        busy = false;
        throw new ApiError({ status: 429, code: 'x', message: 'Slow down.', retryAfterSeconds: 1 });
      }
      // Free-text search: near names come back too.
      return {
        entities: [
          stored({ id: 'holdings', name: 'Acme Ltd Holdings', createDate: '2025-01-01T00:00:00Z' }),
          stored({ id: 'newer', name: 'ACME LTD', createDate: '2026-02-01T00:00:00Z' }),
          stored({ id: 'older', name: 'acme ltd', createDate: '2026-01-01T00:00:00Z' }),
        ].filter(() => options.query?.q === 'acme ltd'),
      };
    }) as ApiClient;
    const results = new Map<string, ImportedRecord | null>();
    await lookUpIdentities(
      api,
      [
        { key: 'name', value: 'acme ltd', label: 'Name' },
        { key: 'name', value: 'nobody ltd', label: 'Name' },
        { key: 'name', value: 'busy co', label: 'Name' },
      ],
      results,
      { sleep: noWait },
    );
    expect(results.get('name:acme ltd')?.id).toBe('older');
    expect(results.get('name:nobody ltd')).toBeNull();
    expect(results.get('name:busy co')).toBeNull();
    expect(new Set(asked.map((call) => call.path))).toEqual(
      new Set(['/externalcontacts/organizations']),
    );
  });

  it('plans update / new / in-file duplicate / problem, and nothing once up to date', () => {
    const { rows, mapping } = check(
      'Name,Industry\nACME LTD,Retail\nNew Co,Energy\nacme ltd,Mining\nBad,\n',
    );
    rows[3] = { ...rows[3]!, body: null, problems: [] };
    const acme = stored({ id: 'acme', name: 'Acme Ltd' });
    const results = new Map<string, ImportedRecord | null>([
      ['name:acme ltd', acme],
      ['name:new co', null],
    ]);
    const given = (row: CheckedRow) =>
      new Set(mapping.filter((key, index) => key && row.cells[index]?.trim()));
    const settings = { ...defaultMatchSettings(ORG), action: 'overwrite' as const };
    const plans = planImport(rows, settings, results, given, null, ORG);
    expect(plans.get(2)).toMatchObject({
      kind: 'update',
      record: { id: 'acme' },
      changed: ['Industry'],
      body: { name: 'Acme Ltd', industry: 'Retail' },
    });
    expect(plans.get(3)).toMatchObject({ kind: 'new' });
    expect(plans.get(4)).toMatchObject({ kind: 'duplicate', ofRow: 2 });
    expect(plans.get(5)).toMatchObject({ kind: 'problem' });

    // The name's case differs, but a name is matched without case and never rewritten by it.
    const done = { ...acme, industry: 'Retail' };
    results.set('name:acme ltd', done);
    expect(planImport(rows, settings, results, given, null, ORG).get(2)).toMatchObject({
      kind: 'unchanged',
    });
    // "Skip" and "fill" leave a stored value alone.
    expect(
      planImport(rows, { ...settings, action: 'skip' }, results, given, null, ORG).get(2),
    ).toMatchObject({ kind: 'skip' });
    const filled = planImport(
      rows,
      { ...settings, action: 'fill' },
      new Map([
        ['name:acme ltd', { ...acme, industry: 'Banking' }],
        ['name:new co', null],
      ]),
      given,
      null,
      ORG,
    );
    expect(filled.get(2)).toMatchObject({ kind: 'unchanged' });
  });

  it('keeps what the organization form does not edit (tickers, division) on update', () => {
    const acme = stored({
      id: 'acme',
      tickers: [{ symbol: 'ACM', exchange: 'LSE' }],
      division: { id: 'd1', name: 'Home' },
      tags: ['gold'],
    });
    const update = recordUpdate(
      ORG,
      acme,
      { name: 'Acme Ltd', tags: ['vip', 'gold'] },
      new Set(['name', 'tags']),
      'overwrite',
    );
    expect(update.changed).toEqual(['Tags']);
    expect(update.body).toMatchObject({
      tickers: [{ symbol: 'ACM', exchange: 'LSE' }],
      division: { id: 'd1' },
      tags: ['vip', 'gold'],
    });
    // The same tags in another order and case are no change.
    expect(
      recordUpdate(ORG, acme, { tags: ['GOLD'] }, new Set(['tags']), 'overwrite').changed,
    ).toEqual([]);
  });
});

describe('sending organizations', () => {
  it('creates through the organizations’ bulk add and updates through their bulk update', async () => {
    const calls: { path: string; entities: Record<string, unknown>[] }[] = [];
    const db = new Map<string, Record<string, unknown>>([
      ['acme', { id: 'acme', name: 'Acme Ltd', industry: 'Banking' }],
    ]);
    const api = (async (path: string, options: RequestOptions = {}) => {
      const entities = (options.body as { entities: Record<string, unknown>[] }).entities;
      calls.push({ path, entities });
      if (path.endsWith('/add')) {
        return {
          results: entities.map((entity, index) => ({
            success: true,
            id: `new-${index}`,
            entity: { ...entity, id: `new-${index}` },
          })),
        };
      }
      if (path.endsWith('/update')) {
        return {
          results: entities.map((entity) => {
            db.set(String(entity.id), entity);
            return { success: true, id: entity.id, entity };
          }),
        };
      }
      return {
        results: entities.map((entity) => ({
          success: true,
          id: entity.id,
          entity: db.get(String(entity.id)),
        })),
      };
    }) as ApiClient;

    const created = await importContacts({
      api,
      entity: ORG,
      divisionId: 'd1',
      rows: [{ rowNumber: 3, body: { name: 'New Co' } }],
      sleep: noWait,
    });
    expect(created.get(3)).toEqual({ status: 'created', contactId: 'new-0' });
    expect(calls[0]).toEqual({
      path: '/externalcontacts/bulk/organizations/add',
      entities: [{ name: 'New Co', division: { id: 'd1' } }],
    });

    const updated = await updateContacts({
      api,
      entity: ORG,
      rows: [
        {
          rowNumber: 2,
          contactId: 'acme',
          decide: rowDecision(
            { name: 'ACME LTD', industry: 'Retail' },
            new Set(['industry']),
            'overwrite',
            null,
            ORG,
          ),
        },
      ],
      sleep: noWait,
    });
    expect(updated.get(2)).toEqual({ status: 'updated', contactId: 'acme' });
    expect(calls.slice(1).map((call) => call.path)).toEqual([
      '/externalcontacts/bulk/organizations',
      '/externalcontacts/bulk/organizations/update',
    ]);
    expect(db.get('acme')).toMatchObject({ name: 'Acme Ltd', industry: 'Retail' });
  });
});

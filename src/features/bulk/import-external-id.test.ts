import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import type { ExternalContact } from '@/models/contact-fields';
import { contactUpdate } from './contact-update-body';
import { autoMap, fieldForHeader, mappingKeyLabel } from './header-mapping';
import type { ImportChecker } from './import-check-client';
import { checkRows, prepareJobFile } from './import-check-work';
import { startImportJob } from './import-job-start';
import { EXTERNAL_ID_KEY, externalIdMappingProblems } from './import-external-id';
import { checkRecord, type CheckedRow } from './import-rows';
import {
  DEFAULT_MATCH_SETTINGS,
  identitiesToLookUp,
  planImport,
  type MatchResults,
  type MatchSettings,
} from './import-plan';
import { lookUpIdentities } from './match-lookups';
import { parseCsvText, type ParsedCsv } from './parse-csv';
import { identitiesOf, identityId, recordHolds, type Identity } from './row-identities';

const CRM = 'src-crm';
const BILLING = 'src-billing';
const ext = (sourceId: string, value: string) => ({ externalSource: { id: sourceId }, value });

const stored = (id: string, fields: Partial<ExternalContact>): ExternalContact =>
  ({ id, createDate: '2026-01-01T00:00:00Z', ...fields }) as ExternalContact;

const cordelia = stored('c-1', {
  firstName: 'Cordelia',
  lastName: 'Holloway',
  workEmail: 'cordelia@example.com',
  externalIds: [ext(BILLING, 'B-7'), ext(CRM, 'AB-1')],
  division: { id: 'd-1' },
});

function parse(text: string): ParsedCsv {
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.csv;
}

const row = (rowNumber: number, body: Record<string, unknown> | null): CheckedRow => ({
  rowNumber,
  cells: [],
  body,
  problems: [],
});
const given = (checked: CheckedRow) => new Set(Object.keys(checked.body ?? {}));
const keys = (action: MatchSettings['action']): MatchSettings => ({
  keys: ['email', 'phone', 'externalId'],
  action,
});
const crmId = (value: string): Identity => ({
  key: 'externalId',
  value,
  sourceId: CRM,
  label: 'External id',
});

describe('the External id column', () => {
  it('is recognised by its usual headers and said as External id', () => {
    for (const header of [
      'External id',
      'EXTERNAL_ID',
      'externalId',
      'CRM id',
      'externalIds.value',
    ]) {
      expect(fieldForHeader(header), header).toBe(EXTERNAL_ID_KEY);
    }
    expect(fieldForHeader('External contact id')).toBe('');
    expect(autoMap(['Name', 'crm id'], 'organizations')).toEqual(['name', EXTERNAL_ID_KEY]);
    expect(mappingKeyLabel(EXTERNAL_ID_KEY)).toBe('External id');
  });

  it('needs the source its ids belong to before any row is read', () => {
    expect(externalIdMappingProblems(['lastName', EXTERNAL_ID_KEY], '')).toEqual([
      'Choose the external source the External id column’s ids belong to, or ignore that column.',
    ]);
    expect(externalIdMappingProblems(['lastName', EXTERNAL_ID_KEY], CRM)).toEqual([]);
    expect(externalIdMappingProblems(['lastName'], '')).toEqual([]);
  });

  it('puts the id in the body with its source, and says what is wrong with a bad one', () => {
    const csv = parse(
      ['Last name,CRM id', 'Ada, AB-1 ', 'Grace,', `Long,${'x'.repeat(256)}`, "Formula,'=1+2"].join(
        '\n',
      ),
    );
    const mapping = autoMap(csv.headers);
    expect(mapping).toEqual(['lastName', EXTERNAL_ID_KEY]);
    const [ada, grace, long, formula] = csv.records.map((record) =>
      checkRecord(record, csv.headers, mapping, 'GB', null, 'contacts', CRM),
    );
    expect(ada?.body).toMatchObject({ lastName: 'Ada', externalIds: [ext(CRM, 'AB-1')] });
    expect(grace?.body).toMatchObject({ lastName: 'Grace' });
    expect(grace?.body).not.toHaveProperty('externalIds');
    expect(long?.body).toBeNull();
    expect(long?.problems).toEqual([
      {
        rowNumber: 4,
        column: 'CRM id',
        message: 'External id value must be at most 255 characters.',
      },
    ]);
    // A guarded cell is read back as it was written, as every column's is.
    expect(formula?.body?.externalIds).toEqual([ext(CRM, '=1+2')]);
    // Organizations take it too.
    const organization = checkRecord(
      parse('Name,External id\nAcme,ORG-1').records[0]!,
      ['Name', 'External id'],
      ['name', EXTERNAL_ID_KEY],
      'GB',
      null,
      'organizations',
      BILLING,
    );
    expect(organization.body).toMatchObject({
      name: 'Acme',
      externalIds: [ext(BILLING, 'ORG-1')],
    });
  });

  it('goes to an import job’s file under its path, as checked', async () => {
    const csv = parse(['Last name,External id', 'Ada,AB-1', `Long,${'x'.repeat(256)}`].join('\n'));
    const mapping = autoMap(csv.headers);
    expect(checkRows(csv, mapping, 'GB', null, false, () => {}, 'contacts', CRM)).toMatchObject({
      goodCount: 1,
      problemRowCount: 1,
    });
    const prepared = prepareJobFile(csv, mapping, 'GB', null, () => {}, CRM);
    expect(prepared.mappings).toEqual([
      { sourceField: 'Last name', targetField: 'lastName' },
      { sourceField: 'External id', targetField: 'externalIds.value' },
    ]);
    expect((await prepared.csv.text()).split('\r\n')).toEqual([
      'Row in the chosen file,Last name,External id',
      '2,Ada,AB-1',
    ]);
  });
});

describe('matching on external ids', () => {
  it('reads a row’s and a stored record’s ids with their source, exactly', () => {
    const rowIds = identitiesOf({ externalIds: [ext(CRM, 'AB-1')] }, ['externalId']);
    expect(rowIds).toEqual([crmId('AB-1')]);
    expect(identityId(crmId('AB-1'))).toBe('externalId:["src-crm","AB-1"]');
    expect(identitiesOf(cordelia, ['externalId']).map(identityId)).toEqual([
      'externalId:["src-billing","B-7"]',
      'externalId:["src-crm","AB-1"]',
    ]);
    expect(identitiesOf(cordelia, ['email', 'phone'])).toHaveLength(1);
    expect(recordHolds(cordelia, crmId('AB-1'))).toBe(true);
    expect(recordHolds(cordelia, crmId('ab-1'))).toBe(false);
    expect(recordHolds(cordelia, crmId('B-7'))).toBe(false);
    expect(DEFAULT_MATCH_SETTINGS.keys).toEqual(['email', 'phone', 'externalId']);
  });

  it('plans matches by id after email and phone, and flags rows repeating an id', () => {
    const results: MatchResults = new Map([
      [identityId(crmId('AB-1')), cordelia],
      [identityId(crmId('ab-1')), null],
      [identityId(crmId('N-1')), null],
      ['email:nobody@example.com', null],
    ]);
    const rows = [
      row(2, { firstName: 'Cordelia', title: 'Buyer', externalIds: [ext(CRM, 'AB-1')] }),
      row(3, { firstName: 'Other', externalIds: [ext(CRM, 'ab-1')] }),
      row(4, { firstName: 'Again', externalIds: [ext(CRM, 'ab-1')] }),
      row(5, {
        firstName: 'N',
        workEmail: 'nobody@example.com',
        externalIds: [ext(CRM, 'N-1')],
      }),
    ];
    expect(identitiesToLookUp(rows, keys('skip'), new Map()).map(identityId)).toEqual([
      identityId(crmId('AB-1')),
      identityId(crmId('ab-1')),
      'email:nobody@example.com',
      identityId(crmId('N-1')),
    ]);
    const skip = planImport(rows, keys('skip'), results, given);
    expect(skip.get(2)).toMatchObject({
      kind: 'skip',
      record: { id: 'c-1' },
      identity: crmId('AB-1'),
    });
    expect(skip.get(3)).toEqual({ kind: 'new' });
    expect(skip.get(4)).toMatchObject({ kind: 'duplicate', ofRow: 3, identity: crmId('ab-1') });
    expect(skip.get(5)).toEqual({ kind: 'new' });
    const update = planImport(rows, keys('overwrite'), results, given);
    expect(update.get(2)).toMatchObject({ kind: 'update', changed: ['Title'] });
    // Without the key, an id is only written, never matched on.
    const byEmail = planImport(rows, { keys: ['email'], action: 'skip' }, results, given);
    expect(byEmail.get(2)).toEqual({ kind: 'new' });
    expect(byEmail.get(4)).toEqual({ kind: 'new' });
  });

  it('adds the row’s id to the matched record, or replaces its id of that source', () => {
    const body = { workEmail: 'cordelia@example.com', externalIds: [ext(CRM, 'AB-2')] };
    const add = contactUpdate(
      { ...cordelia, externalIds: [ext(BILLING, 'B-7')] },
      body,
      new Set(['workEmail', EXTERNAL_ID_KEY]),
      'fill',
    );
    expect(add.changed).toEqual(['External id']);
    expect(add.body.externalIds).toEqual([ext(BILLING, 'B-7'), ext(CRM, 'AB-2')]);
    // Fill keeps the id the record has of that source; overwrite puts the file's in its place.
    expect(contactUpdate(cordelia, body, new Set(), 'fill').changed).toEqual([]);
    const overwrite = contactUpdate(cordelia, body, new Set(), 'overwrite');
    expect(overwrite.changed).toEqual(['External id']);
    expect(overwrite.body.externalIds).toEqual([ext(BILLING, 'B-7'), ext(CRM, 'AB-2')]);
    // An id held already changes nothing; the stored ones go back as they are.
    const same = contactUpdate(
      cordelia,
      { externalIds: [ext(CRM, 'AB-1')] },
      new Set(),
      'overwrite',
    );
    expect(same.changed).toEqual([]);
    expect(same.body.externalIds).toEqual(cordelia.externalIds);
    // Past the API's ten, the row says so rather than drop an id.
    const full = stored('c-2', {
      lastName: 'Full',
      externalIds: Array.from({ length: 10 }, (_, i) => ext(BILLING, `B-${i}`)),
    });
    expect(contactUpdate(full, body, new Set(), 'fill').refusal).toBe(
      'The contact already holds 10 external ids, the most the API takes: the file’s external id cannot be added.',
    );
  });
});

describe('looking up an external id', () => {
  it('asks the identifier lookup with its source; 404 is no match, a claimant not holding it neither', async () => {
    const asked: unknown[] = [];
    let busy = 0;
    const api = (async (path: string, options: RequestOptions = {}) => {
      expect(path).toBe('/externalcontacts/identifierlookup/contacts');
      expect(options.method).toBe('POST');
      const body = options.body as { type: string; value: string; externalSource: { id: string } };
      asked.push(body);
      if (body.value === 'BUSY' && (busy += 1) === 1) {
        throw new ApiError({ status: 429, code: 'x', message: 'Slow down.', retryAfterSeconds: 1 });
      }
      if (body.value === 'AB-1' || body.value === 'BUSY') return cordelia;
      // A contact that claimed the id as an identifier without holding it in its external ids.
      if (body.value === 'CLAIMED') return stored('c-9', { lastName: 'Claimant' });
      throw new ApiError({ status: 404, code: 'not.found', message: 'No contact holds it.' });
    }) as ApiClient;
    const results = new Map<string, ExternalContact | null>();
    await lookUpIdentities(
      api,
      [crmId('AB-1'), crmId('NONE'), crmId('CLAIMED'), { ...crmId('AB-1'), sourceId: BILLING }],
      results,
      { sleep: () => Promise.resolve() },
    );
    expect(asked[0]).toEqual({ type: 'ExternalId', value: 'AB-1', externalSource: { id: CRM } });
    expect(results.get(identityId(crmId('AB-1')))?.id).toBe('c-1');
    expect(results.get(identityId(crmId('NONE')))).toBeNull();
    expect(results.get(identityId(crmId('CLAIMED')))).toBeNull();
    // The same value from another source: Cordelia holds B-7 there, not AB-1.
    expect(results.get(identityId({ ...crmId('AB-1'), sourceId: BILLING }))).toBeNull();

    // A 429 waits and asks again; a refusal stops the check and is said.
    await lookUpIdentities(api, [{ ...crmId('BUSY'), sourceId: BILLING }], results, {
      sleep: () => Promise.resolve(),
    });
    expect(busy).toBe(2);
    const refusing = (async () => {
      throw new ApiError({ status: 403, code: 'missing.permissions', message: 'Not allowed.' });
    }) as ApiClient;
    await expect(
      lookUpIdentities(refusing, [crmId('X')], new Map(), { sleep: () => Promise.resolve() }),
    ).rejects.toThrow('Not allowed.');
  });
});

describe('an import job with an External id column', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** Starts a job for the file against a fake API; returns what each endpoint was sent. */
  async function start(text: string, match: MatchSettings, externalSourceId: string) {
    // The upload goes to the signed URL outside the API client.
    vi.stubGlobal(
      'XMLHttpRequest',
      class {
        status = 200;
        upload = {};
        onload: (() => void) | null = null;
        open() {}
        setRequestHeader() {}
        send() {
          this.onload?.();
        }
      },
    );
    const csv = parse(text);
    const checker = {
      prepare: (
        mapping: readonly string[],
        phoneCountry: string,
        schema: null,
        _progress: unknown,
        sourceId: string,
      ) => Promise.resolve(prepareJobFile(csv, mapping, phoneCountry, schema, () => {}, sourceId)),
    } as unknown as ImportChecker;
    const sent = new Map<string, unknown>();
    const api = (async (path: string, options: RequestOptions = {}) => {
      sent.set(`${options.method ?? 'GET'} ${path}`, options.body ?? options.query);
      if (path === '/externalcontacts/externalsources') {
        return options.method === 'POST'
          ? { id: 'src-console' }
          : { entities: [{ id: 'src-console', name: 'External Contacts Console import' }] };
      }
      if (path.endsWith('/csv/uploads'))
        return { uploadId: 'u-1', uploadUrl: 'https://files.example/u-1' };
      if (path.endsWith('/csv/jobs')) return { job: { id: 'job-1' } };
      return { id: `${path}-id` };
    }) as ApiClient;
    await startImportJob({
      api,
      checker,
      fileName: 'crm.csv',
      mapping: autoMap(csv.headers),
      phoneCountry: 'GB',
      schema: null,
      divisionId: 'd-1',
      match,
      externalSourceId,
      onStep: () => {},
    });
    return sent;
  }

  it('names the chosen source in the settings and matches on Email and Phone only there', async () => {
    const sent = await start(
      'Last name,Work email,CRM id\nAda,ada@example.com,AB-1',
      { keys: ['email', 'externalId'], action: 'overwrite' },
      CRM,
    );
    expect(sent.get('POST /externalcontacts/import/settings')).toMatchObject({
      matchingCriteria: ['Email'],
      mergeContacts: true,
      externalSourceId: CRM,
      importFields: [
        { name: 'lastName', included: true },
        { name: 'workEmail', included: true },
        { name: 'externalIds.value', included: true },
      ],
    });
    expect(sent.get('POST /externalcontacts/import/csv/settings')).toMatchObject({
      mappings: [
        { sourceField: 'Last name', targetField: 'lastName' },
        { sourceField: 'Work email', targetField: 'workEmail' },
        { sourceField: 'CRM id', targetField: 'externalIds.value' },
      ],
    });
    // No source of the console's own is looked for or made.
    expect(sent.has('GET /externalcontacts/externalsources')).toBe(false);
  });

  it('uses the console’s own source for a file without ids', async () => {
    const sent = await start(
      'Last name,Work email\nAda,ada@example.com',
      { keys: ['email', 'phone', 'externalId'], action: 'skip' },
      CRM,
    );
    expect(sent.get('POST /externalcontacts/import/settings')).toMatchObject({
      matchingCriteria: ['Email', 'Phone'],
      mergeContacts: false,
      externalSourceId: 'src-console',
    });
  });
});

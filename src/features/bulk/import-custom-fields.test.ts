import { describe, expect, it } from 'vitest';
import type { ExternalContact } from '@/models/contact-fields';
import type { FieldDefinition } from '@/models/data-schema';
import { customFieldCellValue, type ImportSchema } from './csv-custom-fields';
import { autoMap, fieldForHeader, isReferenceOnlyHeader, mappingProblems } from './header-mapping';
import { prepareJobFile } from './import-check-work';
import { planImport } from './import-plan';
import { checkRecords } from './import-rows';
import { parseCsvText } from './parse-csv';

const field = (type: string, title: string, extra: Partial<FieldDefinition> = {}) => ({
  allOf: [{ $ref: `#/definitions/${type}` }],
  title,
  ...extra,
});

const SCHEMA: ImportSchema = {
  id: 'schema-1',
  version: 3,
  name: 'Loyalty',
  coreTypes: {},
  document: {
    properties: {
      tier_enum: field('enum', 'Tier', { enum: ['gold', 'silver'] }),
      since_date: field('date', 'Member since'),
      seen_datetime: field('datetime', 'Last seen'),
      visits_integer: field('integer', 'Visits', { minimum: 0 }),
      spend_number: field('number', 'Spend'),
      vip_checkbox: field('checkbox', 'VIP'),
      topics_tag: field('tag', 'Topics'),
      site_url: field('url', 'Site'),
      note_text: field('text', 'Note', { maxLength: 5 }),
    },
    required: ['tier_enum'],
  },
};

describe('custom-field cells', () => {
  const read = (key: string, cell: string) => customFieldCellValue(SCHEMA, key, cell);

  it('reads each core type as the API stores it', () => {
    expect(read('tier_enum', 'gold')).toEqual({ ok: true, value: 'gold' });
    expect(read('since_date', '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(read('seen_datetime', '2024-05-01T13:30:00.000Z')).toMatchObject({ ok: true });
    expect(read('visits_integer', '12')).toEqual({ ok: true, value: 12 });
    expect(read('spend_number', '-2.5')).toEqual({ ok: true, value: -2.5 });
    expect(read('vip_checkbox', 'TRUE')).toEqual({ ok: true, value: true });
    expect(read('vip_checkbox', 'no')).toEqual({ ok: true, value: false });
    // The console's files join tags with "; ", Genesys' export jobs with "|".
    expect(read('topics_tag', 'golf; wine')).toEqual({ ok: true, value: ['golf', 'wine'] });
    expect(read('topics_tag', 'golf|wine')).toEqual({ ok: true, value: ['golf', 'wine'] });
  });

  it('says what is wrong with a bad cell', () => {
    expect(read('tier_enum', 'bronze')).toEqual({
      ok: false,
      message: 'Tier must be one of gold, silver.',
    });
    expect(read('since_date', '2023-02-29')).toEqual({
      ok: false,
      message: 'Member since must be a date written YYYY-MM-DD.',
    });
    expect(read('since_date', '01/02/2024')).toMatchObject({ ok: false });
    expect(read('seen_datetime', '2024-05-01 13:30')).toMatchObject({ ok: false });
    expect(read('visits_integer', '1.5')).toEqual({
      ok: false,
      message: 'Visits must be a whole number.',
    });
    expect(read('visits_integer', '12abc')).toEqual({
      ok: false,
      message: 'Visits must be a whole number, not “12abc”.',
    });
    expect(read('visits_integer', '-1')).toEqual({
      ok: false,
      message: 'Visits must be at least 0.',
    });
    expect(read('vip_checkbox', 'maybe')).toEqual({
      ok: false,
      message: 'VIP must be yes or no (or true/false), not “maybe”.',
    });
    expect(read('site_url', 'example.com')).toMatchObject({ ok: false });
    expect(read('note_text', 'too long')).toEqual({
      ok: false,
      message: 'Note must be at most 5 characters.',
    });
    expect(read('other_text', 'x')).toEqual({
      ok: false,
      message: 'The schema has no field named other_text.',
    });
  });
});

describe('custom-field columns on import', () => {
  const headers = [
    'First name',
    'Work email',
    'Schema id',
    'Tier [tier_enum]',
    'Visits [visits_integer]',
  ];

  it('maps `<title> [<key>]` headers and asks for their schema', () => {
    const mapping = autoMap(headers);
    expect(mapping).toEqual([
      'firstName',
      'workEmail',
      'schema.id',
      'customFields.tier_enum',
      'customFields.visits_integer',
    ]);
    expect(mappingProblems(mapping)).toEqual([
      'Choose the custom-field schema of the columns mapped to custom fields, or ignore those columns.',
    ]);
    expect(mappingProblems(mapping, SCHEMA)).toEqual([]);
    expect(mappingProblems([...mapping, 'customFields.gone_text'], SCHEMA)).toEqual([
      'The schema Loyalty has no field gone_text: choose the schema the file’s custom fields belong to, or ignore those columns.',
    ]);
    expect(mappingProblems([...mapping, 'customFields.tier_enum'], SCHEMA)).toEqual([
      'Two columns are mapped to Tier [tier_enum]: map one of them to another field or ignore it.',
    ]);
  });

  const check = (...rows: string[][]) =>
    checkRecords(
      rows.map((cells, index) => ({ rowNumber: index + 2, cells })),
      headers,
      autoMap(headers),
      'GB',
      SCHEMA,
    );

  it('puts the values and the schema’s current version in the body', () => {
    const [row] = check(['Ada', 'ada@example.com', 'schema-1', 'gold', '7']);
    expect(row?.problems).toEqual([]);
    expect(row?.body).toEqual({
      firstName: 'Ada',
      workEmail: 'ada@example.com',
      surveyOptOut: false,
      schema: { id: 'schema-1', version: 3 },
      customFields: { tier_enum: 'gold', visits_integer: 7 },
    });
    // No custom value: no schema either.
    expect(check(['Ada', '', '', '', ''])[0]?.body).toEqual({
      firstName: 'Ada',
      surveyOptOut: false,
    });
  });

  it('names the column and what is wrong; a row of another schema is a problem', () => {
    const [row] = check(['Ada', '', 'schema-2', 'bronze', 'x']);
    expect(row?.body).toBeNull();
    expect(row?.problems).toEqual([
      {
        rowNumber: 2,
        column: 'Schema id',
        message:
          'This row’s custom fields belong to the schema schema-2, not to Loyalty chosen for this import: import it with its own schema, or empty the cell.',
      },
      { rowNumber: 2, column: 'Tier [tier_enum]', message: 'Tier must be one of gold, silver.' },
      {
        rowNumber: 2,
        column: 'Visits [visits_integer]',
        message: 'Visits must be a whole number, not “x”.',
      },
    ]);
  });

  const stored = (
    customFields?: Record<string, unknown>,
    schemaId = 'schema-1',
  ): ExternalContact => ({
    id: 'c1',
    firstName: 'Ada',
    workEmail: 'ada@example.com',
    createDate: '2024-01-01T00:00:00.000Z',
    ...(customFields ? { schema: { id: schemaId, version: 2, name: 'Stored' }, customFields } : {}),
  });
  const plan = (contact: ExternalContact, cells: string[], action: 'fill' | 'overwrite') => {
    const rows = check(cells);
    const results = new Map([['email:ada@example.com', contact]]);
    const given = () => new Set(autoMap(headers).filter((_key, index) => cells[index]));
    return planImport(rows, { keys: ['email'], action }, results, given, SCHEMA).get(2);
  };

  it('merges values into the stored ones: unchanged when they match, else only those change', () => {
    const contact = stored({ tier_enum: 'gold', visits_integer: 7, topics_tag: ['golf'] });
    expect(
      plan(contact, ['Ada', 'ada@example.com', 'schema-1', 'gold', '7'], 'overwrite'),
    ).toMatchObject({
      kind: 'unchanged',
    });
    const update = plan(contact, ['Ada', 'ada@example.com', 'schema-1', 'silver', ''], 'overwrite');
    expect(update).toMatchObject({ kind: 'update', changed: ['Tier'] });
    expect(update?.kind === 'update' ? update.body : null).toMatchObject({
      schema: { id: 'schema-1', version: 3 },
      customFields: { tier_enum: 'silver', visits_integer: 7, topics_tag: ['golf'] },
    });
    // Fill only: a stored value stays.
    expect(plan(contact, ['Ada', 'ada@example.com', '', 'silver', '8'], 'fill')).toMatchObject({
      kind: 'unchanged',
    });
  });

  it('puts a contact without a schema on it, refuses one on another schema', () => {
    expect(plan(stored(), ['Ada', 'ada@example.com', '', 'gold', ''], 'fill')).toMatchObject({
      kind: 'update',
      changed: ['Tier'],
    });
    expect(
      plan(
        stored({ other_text: 'x' }, 'schema-9'),
        ['Ada', 'ada@example.com', '', 'gold', ''],
        'fill',
      ),
    ).toEqual({
      kind: 'problem',
      message:
        'The contact is on the schema Stored, not Loyalty: its custom fields are not changed by this file.',
    });
  });

  it('refuses a new contact without the schema’s required fields', () => {
    const rows = check(['Ada', 'ada@example.com', '', '', '4']);
    const plans = planImport(
      rows,
      { keys: ['email'], action: 'skip' },
      new Map([['email:ada@example.com', null]]),
      () => new Set(),
      SCHEMA,
    );
    expect(plans.get(2)).toEqual({ kind: 'problem', message: 'Tier is required.' });
  });

  it('writes custom fields and the schema into a job’s file as Genesys’ CSV settings map them', async () => {
    const parsed = parseCsvText(
      [
        'First name,Tier [tier_enum],VIP [vip_checkbox],Topics [topics_tag]',
        'Ada,gold,yes,golf; wine',
        'Alan,,,',
      ].join('\n'),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    const file = prepareJobFile(parsed.csv, autoMap(parsed.csv.headers), 'GB', SCHEMA, () => {});
    expect(file.mappings).toEqual([
      { sourceField: 'First name', targetField: 'firstName' },
      { sourceField: 'Tier [tier_enum]', targetField: 'customFields.tier_enum' },
      { sourceField: 'VIP [vip_checkbox]', targetField: 'customFields.vip_checkbox' },
      { sourceField: 'Topics [topics_tag]', targetField: 'customFields.topics_tag' },
      { sourceField: 'Schema id', targetField: 'schema.id' },
    ]);
    expect((await file.csv.text()).split('\r\n')).toEqual([
      'Row in the chosen file,First name,Tier [tier_enum],VIP [vip_checkbox],Topics [topics_tag],Schema id',
      '2,Ada,gold,true,golf|wine,schema-1',
      '3,Alan,,,,',
    ]);
  });
});

describe('export job files', () => {
  /** The sandbox's export writer's contact columns (sandbox/domain/export-sources.ts). */
  const JOB_HEADERS = [
    'id',
    'type',
    'salutation',
    'firstName',
    'middleName',
    'lastName',
    'title',
    'workPhone.display',
    'workPhone.e164',
    'cellPhone.display',
    'cellPhone.e164',
    'homePhone.display',
    'homePhone.e164',
    'otherPhone.display',
    'otherPhone.e164',
    'workEmail',
    'personalEmail',
    'otherEmail',
    'address.address1',
    'address.address2',
    'address.city',
    'address.state',
    'address.postalCode',
    'address.countryCode',
    'twitterId.screenName',
    'surveyOptOut',
    'externalSystemUrl',
    'externalOrganization.id',
    'externalOrganization.name',
    'division.id',
    'division.name',
    'schema.id',
    'schema.version',
    'createDate',
    'modifyDate',
    'Tier [tier_enum]',
  ];

  it('maps every column of an export job’s file: fields by their JSON paths, the rest as reference', () => {
    const mapping = autoMap(JOB_HEADERS);
    const unmapped = JOB_HEADERS.filter((_header, index) => !mapping[index]);
    expect(unmapped.filter((header) => !isReferenceOnlyHeader(header))).toEqual([]);
    expect(unmapped).toEqual([
      'id',
      'type',
      'workPhone.e164',
      'cellPhone.e164',
      'homePhone.e164',
      'otherPhone.e164',
      'externalOrganization.name',
      'division.id',
      'division.name',
      'schema.version',
      'createDate',
      'modifyDate',
    ]);
    expect(fieldForHeader('workPhone.display')).toBe('workPhone');
    expect(fieldForHeader('externalOrganization.id')).toBe('externalOrganization');
    expect(fieldForHeader('address.address1')).toBe('address.address1');
    expect(fieldForHeader('schema.id')).toBe('schema.id');
    expect(fieldForHeader('Tier [tier_enum]')).toBe('customFields.tier_enum');
  });

  it('reads a national display in the country of the E.164 beside it', () => {
    const headers = ['firstName', 'cellPhone.display', 'cellPhone.e164', 'workPhone.display'];
    const check = (cells: string[], organisation: string) =>
      checkRecords([{ rowNumber: 2, cells }], headers, autoMap(headers), organisation)[0];
    const american = check(['Ada', '(415) 555-0188', '+14155550188', '(415) 555-0199'], 'GB');
    expect(american?.problems).toEqual([]);
    expect(american?.body).toMatchObject({
      cellPhone: { display: '(415) 555-0188', normalizationCountryCode: 'US' },
      workPhone: { display: '(415) 555-0199', normalizationCountryCode: 'US' },
    });
    // +44 is shared by GB, GG, IM and JE: the organisation's country when it is one of them.
    expect(check(['Ada', '07911 123456', '+447911123456', ''], 'GB')?.body).toMatchObject({
      cellPhone: { display: '07911 123456', normalizationCountryCode: 'GB' },
    });
  });
});

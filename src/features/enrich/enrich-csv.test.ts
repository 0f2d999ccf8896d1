import { describe, expect, it } from 'vitest';
import { planCsv, type CsvPlan } from './enrich-csv';
import { ENRICH_KINDS } from './enrich-kinds';

const contacts = ENRICH_KINDS.contacts;
const organizations = ENRICH_KINDS.organizations;

function plan(text: string, kind = contacts): CsvPlan {
  const result = planCsv(kind, text, 'US');
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

const failure = (text: string, kind = contacts) => {
  const result = planCsv(kind, text, 'US');
  return result.ok ? undefined : result.message;
};

describe('planCsv', () => {
  it('reads identifier columns in order and field columns by label, key or alias', () => {
    const { rows, columns, ignored } = plan(
      [
        'Identifier: Phone,identifier externalid,First name,lastName,Job title,Mobile,City,Survey opt-out,Notes',
        '+1 317 555 0100,CRM-7,Ada,Lovelace,Analyst,317-555-0199,Oslo,yes,ignored',
      ].join('\n'),
    );
    expect(columns.map((column) => column.use)).toEqual([
      'Match by Phone',
      'Match by External id',
      'First name',
      'Last name',
      'Title',
      'Cell phone',
      'Address: City',
      'Opted out of surveys',
    ]);
    expect(ignored).toEqual(['Notes']);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        identifiers: [
          { type: 'Phone', value: '+1 317 555 0100' },
          { type: 'ExternalId', value: 'CRM-7' },
        ],
        data: {
          firstName: 'Ada',
          lastName: 'Lovelace',
          title: 'Analyst',
          cellPhone: { display: '317-555-0199', normalizationCountryCode: 'US' },
          address: { city: 'Oslo' },
          surveyOptOut: true,
        },
        problems: [],
      },
    ]);
  });

  it('leaves empty cells out, and skips blank lines while keeping spreadsheet row numbers', () => {
    const { rows } = plan('Identifier: Email,Title,Work email\n\na@example.com,,\n');
    expect(rows).toEqual([
      {
        rowNumber: 3,
        identifiers: [{ type: 'Email', value: 'a@example.com' }],
        data: {},
        problems: [],
      },
    ]);
  });

  it('says on its row what is wrong, with the form’s own messages', () => {
    const { rows } = plan(
      [
        'Identifier: Email,Identifier: Phone,Work email,Survey opt-out',
        ',,,',
        'ok@example.com,317 555 0100,,',
        'ok2@example.com,,not-an-email,maybe',
        ',,x@example.com,',
      ].join('\n'),
    );
    expect(rows.map((row) => [row.rowNumber, row.problems])).toEqual([
      [3, ['Phone identifier: A phone identifier must start with + and the country code.']],
      [
        4,
        [
          'Opted out of surveys must be yes or no (or true/false, 1/0), or empty.',
          'Work email must be a valid email address.',
        ],
      ],
      [5, ['No identifier to match by: the row’s identifier cells are empty.']],
    ]);
  });

  it('flags a row that repeats an earlier row’s identifier', () => {
    const { rows } = plan(
      'Identifier: Email,Title\na@example.com,A\nb@example.com,B\nA@example.com,C',
    );
    expect(rows.map((row) => row.repeatsRow)).toEqual([undefined, undefined, 2]);
  });

  it('uses the first of two columns for the same input', () => {
    const { rows, ignored } = plan('Identifier: Email,Title,Job title\na@example.com,First,Second');
    expect(ignored).toEqual(['Job title']);
    expect(rows[0]?.data).toEqual({ title: 'First' });
  });

  it('reads organizations: external ids only, lists in one cell, numbers checked', () => {
    const { rows, ignored } = plan(
      'Identifier: External id,Identifier: Email,Name,Tags,Employee count\nCRM-1,a@b.co,Acme,key; emea | gold,12x',
      organizations,
    );
    expect(ignored).toEqual(['Identifier: Email']);
    expect(rows[0]?.identifiers).toEqual([{ type: 'ExternalId', value: 'CRM-1' }]);
    expect(rows[0]?.problems).toEqual([expect.stringMatching(/Employee count/)]);
    const good = plan(
      'Identifier: External id,Name,Tags\nCRM-1,Acme,key; emea | gold',
      organizations,
    );
    expect(good.rows[0]?.data).toEqual({ name: 'Acme', tags: ['key', 'emea', 'gold'] });
  });

  it('refuses a file it cannot use, saying why', () => {
    expect(failure('')).toBe('The CSV is empty.');
    expect(failure('First name,Last name\nAda,Lovelace')).toMatch(
      /names no identifier to match by\. Name a column “Identifier: Email”/,
    );
    expect(failure('Identifier: Email,Title\n')).toBe('The CSV has a header row but no rows.');
    expect(failure('Identifier: Email\n"a@b.co')).toMatch(/not valid CSV/);
    const tooMany = ['Identifier: Email', ...Array.from({ length: 1001 }, (_, i) => `${i}@x.co`)];
    expect(failure(tooMany.join('\n'))).toMatch(/1,001 rows; this page previews at most 1,000/);
  });
});

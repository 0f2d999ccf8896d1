import { describe, expect, it } from 'vitest';
import type { ExternalContact } from '@/models/contact-fields';
import { guardCell, toCsvText, unguardCell } from './csv-cells';
import { contactsTable, csvFileText } from './export-csv';
import { autoMap, fieldForHeader, isReferenceOnlyHeader, mappingProblems } from './header-mapping';
import { checkRecords } from './import-rows';
import { parseCsvText } from './parse-csv';

describe('header auto-mapping', () => {
  it.each([
    ['First name', 'firstName'],
    ['firstName', 'firstName'],
    ['first_name', 'firstName'],
    ['SURNAME', 'lastName'],
    ['Work email', 'workEmail'],
    ['E-mail', 'workEmail'],
    ['Mobile', 'cellPhone'],
    ['Mobile phone', 'cellPhone'],
    ['Zip', 'address.postalCode'],
    ['Favourite colour', ''],
  ])('maps “%s” to %s', (header, key) => {
    expect(fieldForHeader(header)).toBe(key);
  });

  it('maps a field once: a second header naming it is ignored', () => {
    expect(autoMap(['Email', 'Work email', 'Notes'])).toEqual(['workEmail', '', '']);
  });

  it('asks for a name column and refuses one field mapped twice', () => {
    expect(mappingProblems(['workEmail'])).toEqual([
      'Map a column to First name or Last name: every contact needs a name.',
    ]);
    expect(mappingProblems(['lastName', 'workEmail', 'workEmail'])).toEqual([
      'Two columns are mapped to Work email: map one of them to another field or ignore it.',
    ]);
    expect(mappingProblems(['firstName', ''])).toEqual([]);
  });
});

describe('row checks', () => {
  const headers = ['First name', 'Last name', 'E-mail', 'Mobile', 'Phone country', 'Opted out'];
  const mapping = [
    'firstName',
    'lastName',
    'workEmail',
    'cellPhone',
    'phoneCountry',
    'surveyOptOut',
  ];
  const check = (cells: string[]) => checkRecords([{ rowNumber: 2, cells }], headers, mapping)[0]!;

  it('builds the same body the contact form sends', () => {
    const row = check([' Ada ', 'Lovelace', 'ada@example.com', '+44 20 7946 0000', 'gb', 'yes']);
    expect(row.problems).toEqual([]);
    expect(row.body).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
      workEmail: 'ada@example.com',
      cellPhone: { display: '+44 20 7946 0000', normalizationCountryCode: 'GB' },
      surveyOptOut: true,
    });
  });

  it('names the row, the file’s column and the model’s message', () => {
    const row = check(['', '', 'not-an-email', '', 'Germany', 'maybe']);
    expect(row.body).toBeNull();
    expect(row.problems).toEqual(
      expect.arrayContaining([
        {
          rowNumber: 2,
          column: 'First name',
          message: 'A contact needs a first name or a last name.',
        },
        { rowNumber: 2, column: 'E-mail', message: 'Work email must be a valid email address.' },
        {
          rowNumber: 2,
          column: 'Opted out',
          message: 'Survey opt-out must be yes or no (or true/false, 1/0), or empty.',
        },
      ]),
    );
  });

  it('checks the phone country, and each phone in it, with the contact form’s rules', () => {
    const row = check(['Ada', 'L', '', '0207 946 0000', 'GBR', '']);
    expect(row.problems).toEqual([
      {
        rowNumber: 2,
        column: 'Phone country',
        message: 'The phone country must be a two-letter ISO country code, such as US.',
      },
      {
        rowNumber: 2,
        column: 'Mobile',
        message:
          'Choose the phone country to read cell phone in, or type it with + and its country code.',
      },
    ]);
  });

  it('refuses phones that cannot be stored with E.164, and reads national ones in the default country', () => {
    expect(check(['Ada', 'L', '', '12ab-34', '', '']).problems[0]?.message).toBe(
      'Cell phone can hold only digits, spaces and + ( ) - . / (a + only first): “12ab-34” is not a phone number.',
    );
    expect(check(['Ada', 'L', '', '0207 946', 'GB', '']).problems[0]?.message).toBe(
      'Cell phone is not a valid number in United Kingdom (+44): check it, or type it with + and its country code.',
    );
    const [national] = checkRecords(
      [{ rowNumber: 2, cells: ['Ada', 'L', '', '020 7946 0321', '', ''] }],
      headers,
      mapping,
      'GB',
    );
    expect(national?.problems).toEqual([]);
    expect(national?.body?.cellPhone).toEqual({
      display: '020 7946 0321',
      normalizationCountryCode: 'GB',
    });
  });

  it('applies the model’s length limits', () => {
    const row = check(['A'.repeat(1001), 'B', '', '', '', '']);
    expect(row.problems).toEqual([
      {
        rowNumber: 2,
        column: 'First name',
        message: 'First name must be at most 1,000 characters.',
      },
    ]);
  });

  it('reports cells past the last header', () => {
    const row = checkRecords(
      [{ rowNumber: 7, cells: ['Ada', 'x', 'y'] }],
      ['First name'],
      ['firstName'],
    )[0]!;
    expect(row.problems[0]).toMatchObject({ rowNumber: 7, column: '(past the last column)' });
  });
});

describe('CSV parsing', () => {
  it('counts rows as a spreadsheet does and skips blank lines', () => {
    const parsed = parseCsvText(
      '\uFEFFFirst name,Last name\r\nAda,Lovelace\r\n\r\n"Grace","Hop,per"\r\n',
    );
    expect(parsed).toEqual({
      ok: true,
      csv: {
        headers: ['First name', 'Last name'],
        records: [
          { rowNumber: 2, cells: ['Ada', 'Lovelace'] },
          { rowNumber: 4, cells: ['Grace', 'Hop,per'] },
        ],
      },
    });
  });

  it('refuses empty, binary, header-only, broken and oversized files', () => {
    const message = (text: string) => {
      const result = parseCsvText(text, 'x.csv');
      return result.ok ? 'ok' : result.message;
    };
    expect(message('  \n')).toBe('x.csv is empty.');
    expect(message('PK\u0003\u0004\u0000\u0000')).toMatch(/not a CSV file/);
    expect(message('First name,Last name\n')).toBe(
      'x.csv has a header row but no contacts under it.',
    );
    expect(message(',,\nAda,,')).toMatch(/no header row/);
    expect(message('First name\n"Ada')).toMatch(/not valid CSV/);
    // Any number of rows reads: the page sends large files to an import job.
    expect(parseCsvText(`Last name\n${'Doe\n'.repeat(5001)}`).ok).toBe(true);
  });
});

describe('CSV writing', () => {
  it.each([
    '=1+1',
    '=HYPERLINK("http://evil.example","x")',
    "+1+cmd|' /C calc'!A0",
    '+44 20 7946 0000+cmd',
    '+2-3',
    '+44 20',
    '-2+3',
    '-555 0100 000',
    '@SUM(A1)',
    '\tx',
    '\rx',
  ])('guards %j, which a spreadsheet would run, and import takes the guard off', (cell) => {
    expect(guardCell(cell)).toBe(`'${cell}`);
    expect(unguardCell(guardCell(cell))).toBe(cell);
  });

  it.each([
    '+44 7700 900123',
    '+1 317-555-0100',
    '+1 (317) 555-0100',
    '+4915112345678',
    '-12',
    '3.5',
    'Ada',
    '020 7946 0321',
  ])('writes %j as it is: it cannot run anything', (cell) => {
    expect(guardCell(cell)).toBe(cell);
    expect(unguardCell(cell)).toBe(cell);
  });

  it('re-imports a phone from a file written before phones were left unguarded', () => {
    expect(unguardCell("'+1 317-555-0100")).toBe('+1 317-555-0100');
    expect(unguardCell("'quoted")).toBe("'quoted");
  });

  it('recognises the columns written for reference only, without mapping them', () => {
    for (const header of ['Organization name', 'Id', 'Division', 'division.id', 'id']) {
      expect(fieldForHeader(header)).toBe('');
      expect(isReferenceOnlyHeader(header)).toBe(true);
    }
    expect(isReferenceOnlyHeader('Organization id')).toBe(false);
    expect(isReferenceOnlyHeader('Shoe size')).toBe(false);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsvText(['a', 'b'], [['x,y', 'say "hi"\nbye']])).toBe(
      'a,b\r\n"x,y","say ""hi""\nbye"',
    );
  });

  it('re-imports an exported file to the same contacts', () => {
    const contact: ExternalContact = {
      id: 'c1',
      firstName: '=HYPERLINK("x")',
      lastName: 'Doe, Jr.',
      workEmail: 'jd@example.com',
      cellPhone: { display: '+1 317-555-0100', normalizationCountryCode: 'US' },
      address: { city: 'Indianapolis', countryCode: 'US' },
      twitterId: { screenName: 'jdoe' },
      surveyOptOut: true,
      externalOrganization: { id: 'org-1', name: 'Acme' },
      division: { id: 'd1', name: 'Home' },
    };
    const table = contactsTable([contact]);
    const parsed = parseCsvText(csvFileText(table));
    if (!parsed.ok) throw new Error(parsed.message);
    const mapping = autoMap(parsed.csv.headers);
    // Id, Organization name and Division are not imported; Schema id is checked on each row.
    expect(mapping.filter(Boolean)).toHaveLength(table.header.length - 3);
    expect(parsed.csv.headers.filter((_header, index) => !mapping[index])).toEqual([
      'Id',
      'Organization name',
      'Division',
    ]);
    expect(mapping.at(-1)).toBe('schema.id');
    const [row] = checkRecords(parsed.csv.records, parsed.csv.headers, mapping);
    expect(row?.problems).toEqual([]);
    expect(row?.body).toEqual({
      firstName: '=HYPERLINK("x")',
      lastName: 'Doe, Jr.',
      workEmail: 'jd@example.com',
      cellPhone: { display: '+1 317-555-0100', normalizationCountryCode: 'US' },
      address: { city: 'Indianapolis', countryCode: 'US' },
      twitterId: { screenName: 'jdoe' },
      surveyOptOut: true,
      externalOrganization: { id: 'org-1' },
    });
  });
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cellText, flatten, neutraliseFormula, renderCsv } from './export-csv.ts';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+1 317-555-0100', "'+1 317-555-0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['-12', '-12'],
    ['+4915112345678', '+4915112345678'],
    ['3.5', '3.5'],
    ['Ada', 'Ada'],
  ])('%j → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
});

describe('flatten and renderCsv', () => {
  it('writes fixed columns first, then custom fields in key order, quoting as needed', () => {
    const rows = [
      flatten(
        {
          id: '1',
          address: { city: 'Paris, France' },
          customFields: { tier_enum: 'gold', tags_tag: ['a', 'b'], vip_boolean: true },
        },
        ['id', 'address.city'],
      ),
      flatten({ id: '2', note: 'x', customFields: { age_integer: 42 } }, ['id', 'address.city']),
    ];
    const csv = renderCsv(['id', 'address.city'], rows);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      [
        'id',
        'address.city',
        'customFields.age_integer',
        'customFields.tags_tag',
        'customFields.tier_enum',
        'customFields.vip_boolean',
      ],
      ['1', 'Paris, France', '', 'a|b', 'gold', 'true'],
      ['2', '', '42', '', '', ''],
    ]);
  });

  it('renders objects as JSON and absent values as empty', () => {
    expect(cellText(undefined)).toBe('');
    expect(cellText(null)).toBe('');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
  });
});

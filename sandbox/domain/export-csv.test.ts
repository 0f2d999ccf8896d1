import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  cellText,
  customFieldHeader,
  flatten,
  neutraliseFormula,
  renderCsv,
} from './export-csv.ts';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['-2+3', "'-2+3"],
    ['+2-3', "'+2-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ['+44 7700 900123 =1', "'+44 7700 900123 =1"],
    ['+1 317-555-0100+1', "'+1 317-555-0100+1"],
    ['-555 0100 000', "'-555 0100 000"],
    ['+ ( ) -', "'+ ( ) -"],
    ['-12', '-12'],
    ['+4915112345678', '+4915112345678'],
    ['+1 317-555-0100', '+1 317-555-0100'],
    ['+44 7700 900123', '+44 7700 900123'],
    ['+1 (317) 555-0100', '+1 (317) 555-0100'],
    ['3.5', '3.5'],
    ['Ada', 'Ada'],
  ])('%j → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
});

describe('flatten and renderCsv', () => {
  it('writes fixed columns first, then custom fields in key order, quoting as needed', () => {
    const COLUMNS = ['id', 'address.city', 'schema.id'];
    const rows = [
      flatten(
        {
          id: '1',
          address: { city: 'Paris, France' },
          schema: { id: 's1' },
          customFields: { tier_enum: 'gold', tags_tag: ['a', 'b'], vip_boolean: true },
        },
        COLUMNS,
      ),
      flatten({ id: '2', note: 'x', customFields: { age_integer: 42 } }, COLUMNS),
    ];
    const titles: Record<string, string> = { tier_enum: 'Tier, level', vip_boolean: '=VIP' };
    const csv = renderCsv(COLUMNS, rows, (schemaId, key) =>
      schemaId === 's1' ? titles[key] : undefined,
    );
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      [
        'id',
        'address.city',
        'schema.id',
        // No schema on the row that holds it: the key stands in for the title.
        'age_integer [age_integer]',
        'tags_tag [tags_tag]',
        'Tier, level [tier_enum]',
        "'=VIP [vip_boolean]",
      ],
      ['1', 'Paris, France', 's1', '', 'a|b', 'gold', 'true'],
      ['2', '', '', '42', '', '', ''],
    ]);
  });

  it('titles a key shared by two schemas after the first row that holds it', () => {
    const COLUMNS = ['id', 'schema.id'];
    const rows = [
      flatten({ id: '1', schema: { id: 'b' }, customFields: { tier_enum: 'x' } }, COLUMNS),
      flatten({ id: '2', schema: { id: 'a' }, customFields: { tier_enum: 'y' } }, COLUMNS),
    ];
    const csv = renderCsv(COLUMNS, rows, (schemaId) => `Tier of ${schemaId}`);
    expect(csv.split('\r\n')[0]).toBe('id,schema.id,Tier of b [tier_enum]');
    expect(customFieldHeader('k_text', '  ')).toBe('k_text [k_text]');
  });

  it('renders objects as JSON and absent values as empty', () => {
    expect(cellText(undefined)).toBe('');
    expect(cellText(null)).toBe('');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
  });
});

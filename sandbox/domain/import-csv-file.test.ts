import { describe, expect, it } from 'vitest';
import { isImportable, parseUploadedCsv } from './import-csv-file.ts';

const parse = (text: string) => parseUploadedCsv(Buffer.from(text, 'utf8'));

describe('parseUploadedCsv', () => {
  it('reads a BOM-prefixed file with quoted cells', () => {
    const csv = parse('\uFEFFName,Note\r\nAda,"one, two"\r\n\r\nGrace,"say ""hi"""\r\n');
    expect(csv.headers).toEqual(['Name', 'Note']);
    expect(csv.rows.map((row) => row.cells)).toEqual([
      ['Ada', 'one, two'],
      ['Grace', 'say "hi"'],
    ]);
    expect(csv.errors).toEqual([]);
    expect(isImportable(csv)).toBe(true);
  });

  it('accepts a one-column file', () => {
    const csv = parse('Last\nHopper\n');
    expect(csv).toMatchObject({ separatorValid: true, errors: [] });
    expect(isImportable(csv)).toBe(true);
  });

  it('reports rows of the wrong length by line, without refusing the file', () => {
    const csv = parse('A,B\n1,2\n3\n');
    expect(csv.errors).toEqual([
      { lineNumber: 3, message: 'Line 3 has 1 values; the header has 2 columns.' },
    ]);
    expect(isImportable(csv)).toBe(true);
  });

  it('refuses blank and repeated column names and other separators', () => {
    expect(parse('A,,A\n1,2,3\n').errors.map((e) => e.message)).toEqual([
      'Column 2 has no name.',
      'The column name "A" appears twice.',
    ]);
    const semicolons = parse('A;B\n1;2\n');
    expect(semicolons.separatorValid).toBe(false);
    expect(isImportable(semicolons)).toBe(false);
  });

  it('refuses bytes that are not UTF-8', () => {
    const csv = parseUploadedCsv(Buffer.from([0x41, 0xc3, 0x28]));
    expect(csv.fileEncodingValid).toBe(false);
    expect(isImportable(csv)).toBe(false);
  });
});

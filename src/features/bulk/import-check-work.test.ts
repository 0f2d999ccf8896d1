import { describe, expect, it } from 'vitest';
import { autoMap } from './header-mapping';
import { checkRows, prepareJobFile } from './import-check-work';
import { parseCsvText, type ParsedCsv } from './parse-csv';

function parse(text: string): ParsedCsv {
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.csv;
}

const FILE = [
  'First name,Last name,Mobile,Phone country,City,Notes',
  'Ada,Lovelace,07911 123456,,London,first',
  'Bad,Phone,12ab-34,,Leeds,second',
  "Alan,Turing,'+1 415 555 0188,,Wilmslow,third",
  'Grace,Hopper,(415) 555-0199,US,Arlington,fourth',
].join('\n');

describe('the import worker’s checks', () => {
  it('counts good rows and lists problems, with every row only when asked', () => {
    const csv = parse(FILE);
    const mapping = autoMap(csv.headers);
    const progress: number[] = [];
    const summary = checkRows(csv, mapping, 'GB', null, false, (done) => progress.push(done));
    expect(summary.rows).toBeUndefined();
    expect(summary).toMatchObject({ goodCount: 3, problemRowCount: 1 });
    expect(summary.problems[0]).toMatchObject({ rowNumber: 3, column: 'Mobile' });
    expect(progress).toEqual([0]);
    expect(checkRows(csv, mapping, 'GB', null, true, () => {}).rows).toHaveLength(4);
  });

  it('writes the job’s file: good rows, mapped columns, phones in E.164, paths for the API', async () => {
    const csv = parse(FILE);
    const prepared = prepareJobFile(csv, autoMap(csv.headers), 'GB', null, () => {});
    expect(prepared.rowCount).toBe(3);
    expect(prepared.mappings).toEqual([
      { sourceField: 'First name', targetField: 'firstName' },
      { sourceField: 'Last name', targetField: 'lastName' },
      { sourceField: 'Mobile', targetField: 'cellPhone.display' },
      { sourceField: 'City', targetField: 'address.city' },
    ]);
    const bytes = new Uint8Array(await prepared.csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // text() reads the byte-order mark as what it is, not as a character.
    expect((await prepared.csv.text()).split('\r\n')).toEqual([
      'Row in the chosen file,First name,Last name,Mobile,City',
      '2,Ada,Lovelace,+447911123456,London',
      '4,Alan,Turing,+14155550188,Wilmslow',
      '5,Grace,Hopper,+14155550199,Arlington',
    ]);
  });
});

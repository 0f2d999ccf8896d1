import { describe, expect, it } from 'vitest';
import { compareFields } from './field-differences';

describe('compareFields', () => {
  it('puts differing fields first and compares emails and phones as a merge does', () => {
    const rows = compareFields([
      {
        id: 'a',
        firstName: 'Mara',
        title: 'Buyer',
        workEmail: 'Mara@X.example',
        cellPhone: { display: '020 7946 0321', e164: '+442079460321' },
      },
      {
        id: 'b',
        firstName: 'Mara',
        workEmail: 'mara@x.example',
        cellPhone: { display: '+44 20 7946 0321', e164: '+442079460321' },
      },
    ]);
    expect(rows.map((row) => [row.field.id, row.differs])).toEqual([
      ['title', true],
      ['firstName', false],
      ['cellPhone', false],
      ['workEmail', false],
    ]);
    expect(rows[0]?.cells).toEqual(['Buyer', '']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ExternalContact } from '@/models/contact-fields';
import type { PhoneNumber } from '@/models/record-fields';
import {
  buildMergeRows,
  choose,
  defaultChoices,
  mergeResult,
  type MergeChoices,
  type MergeRow,
} from '@/models/merge-fields';
import {
  blocksMerge,
  mergeWarnings,
  resultMergeSetSize,
  type CandidateState,
} from './merge-warnings';
import { droppedValues, droppedWhere } from '@/models/merge-dropped-values';

const found = (contact: ExternalContact): CandidateState => ({
  id: contact.id,
  state: 'found',
  contact,
});
const contact = (id: string, extra: Partial<ExternalContact> = {}): ExternalContact => ({
  id,
  firstName: id,
  division: { id: 'home' },
  ...extra,
});
const kinds = (states: CandidateState[]) => mergeWarnings(states).map((warning) => warning.kind);

describe('merge warnings', () => {
  it('has nothing to say about two plain contacts', () => {
    expect(mergeWarnings([found(contact('a')), found(contact('b'))])).toEqual([]);
  });

  it('blocks fewer than 2 and more than 25 contacts', () => {
    expect(kinds([found(contact('a'))])).toEqual(['too-few']);
    expect(kinds([])).toEqual(['too-few']);
    const many = Array.from({ length: 26 }, (_, index) => found(contact(`c${index}`)));
    const warnings = mergeWarnings(many);
    expect(warnings.map((warning) => warning.kind)).toEqual(['too-many']);
    expect(warnings[0]?.message).toContain('Remove 1 contact');
    expect(blocksMerge(warnings)).toBe(true);
  });

  it('names ids that do not exist and offers to remove them', () => {
    const warnings = mergeWarnings([
      found(contact('a')),
      found(contact('b')),
      { id: 'ghost', state: 'missing' },
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'missing', severity: 'error', contactIds: ['ghost'] }),
    ]);
    expect(warnings[0]?.message).toContain('ghost');
  });

  it('blocks a contact that was merged already', () => {
    const merged = contact('a', { mergedTo: { id: 'z' } });
    expect(kinds([found(merged), found(contact('b'))])).toEqual(['already-merged']);
  });

  it('counts the merge set through earlier merges and blocks past 52', () => {
    const big = contact('a', {
      mergeSet: Array.from({ length: 30 }, (_, index) => ({ id: `x${index}` })),
    });
    const other = contact('b', {
      mergeSet: Array.from({ length: 25 }, (_, index) => ({ id: `y${index}` })),
    });
    expect(resultMergeSetSize([big, other])).toBe(57);
    expect(kinds([found(big), found(other)])).toEqual(['merge-set-too-large']);
  });

  it('warns, without blocking, when divisions differ (organizations are a choice instead)', () => {
    const warnings = mergeWarnings(
      [
        found(
          contact('a', {
            division: { id: 'd1' },
            modifyDate: '2026-02-01',
            externalOrganization: { id: 'o1', name: 'Acme' },
          }),
        ),
        found(
          contact('b', {
            division: { id: 'd2' },
            modifyDate: '2026-01-01',
            externalOrganization: { id: 'o2' },
          }),
        ),
      ],
      (id) => (id === 'd1' ? 'Home' : 'Sales'),
    );
    expect(warnings.map((warning) => warning.kind)).toEqual(['divisions-differ']);
    expect(warnings[0]?.message).toContain('Home, Sales');
    expect(warnings[0]?.message).toContain('most recently modified one, Home');
    expect(blocksMerge(warnings)).toBe(false);
  });
});

describe('dropped values', () => {
  const phone = (digits: string, extra: Partial<PhoneNumber> = {}): PhoneNumber => ({
    display: `+44 20 7946 ${digits}`,
    e164: `+4420794${6}${digits}`,
    ...extra,
  });
  const older = contact('old', {
    firstName: 'Ann',
    lastName: 'Lee',
    modifyDate: '2026-01-01',
    title: 'Buyer',
    workPhone: phone('0001'),
    cellPhone: phone('0002'),
    workEmail: 'Ann.Lee@Example.com',
  });
  const newer = contact('new', {
    firstName: 'Ann',
    lastName: 'Lee',
    modifyDate: '2026-02-01',
    title: 'Head of buying',
    workPhone: phone('0003'),
    cellPhone: phone('0004'),
    homePhone: phone('0005'),
    personalEmail: 'ann.lee@example.com',
  });
  const dropped = (contacts: ExternalContact[], choices?: (rows: MergeRow[]) => MergeChoices) => {
    const rows = buildMergeRows(contacts);
    const values = mergeResult(rows, choices ? choices(rows) : defaultChoices(rows)).values;
    return droppedValues(contacts, rows, values).map((item) => ({
      text: item.field.format(item.value),
      where: droppedWhere(contacts, item),
      keptIn: item.numberKeptIn?.map((field) => field.id),
    }));
  };

  it('lists nothing when every value fits, the same number and email counting once', () => {
    const a = contact('a', {
      firstName: 'Ann',
      modifyDate: '2026-01-01',
      workPhone: { display: '+44 20 7946 0321', e164: '+442079460321' },
      workEmail: 'Ann.Lee@Example.com',
    });
    const b = contact('b', {
      firstName: 'Ann',
      modifyDate: '2026-02-01',
      cellPhone: {
        display: '+44 20 7946 0321',
        userInput: '020 7946 0321',
        normalizationCountryCode: 'GB',
        e164: '+442079460321',
      },
      personalEmail: 'ann.lee@example.com',
    });
    expect(dropped([a, b])).toEqual([]);
  });

  it('lists the other text values and the phones that do not fit in the four slots', () => {
    expect(dropped([older, newer])).toEqual([
      { text: 'Buyer', where: 'title of contact 1, Ann Lee', keptIn: undefined },
      { text: '+44 20 7946 0002', where: 'cell phone of contact 1, Ann Lee', keptIn: undefined },
    ]);
  });

  it('lists the number a pick displaces instead of the one it keeps', () => {
    const list = dropped([older, newer], (rows) =>
      choose(rows, defaultChoices(rows), 'workPhone', 'phone:+442079460002'),
    );
    expect(list.map((item) => item.text)).toEqual(['Buyer', '+44 20 7946 0003']);
    expect(list[1]?.where).toBe('work phone of contact 2, Ann Lee');
  });

  it('says a number is kept without this extension', () => {
    const withExtension = contact('x', {
      firstName: 'Ann',
      modifyDate: '2026-01-01',
      workPhone: phone('0001', { extension: 12 }),
    });
    const without = contact('y', {
      firstName: 'Ann',
      modifyDate: '2026-02-01',
      cellPhone: phone('0001'),
    });
    expect(dropped([withExtension, without])).toEqual([
      {
        text: '+44 20 7946 0001 ext. 12',
        where: 'work phone of contact 1, Ann',
        keptIn: ['cellPhone'],
      },
    ]);
  });

  it('names every contact and slot that holds a dropped value', () => {
    const third = contact('third', {
      firstName: 'Ann',
      modifyDate: '2025-12-01',
      title: 'Buyer',
      otherPhone: phone('0002'),
    });
    expect(dropped([older, newer, third])).toEqual([
      { text: 'Buyer', where: 'title of contacts 1 and 3', keptIn: undefined },
      {
        text: '+44 20 7946 0002',
        where: 'cell phone of contact 1, Ann Lee; other phone of contact 3, Ann',
        keptIn: undefined,
      },
    ]);
  });

  it('lists a custom-field set that is not kept', () => {
    const loyal = contact('l', {
      firstName: 'Ann',
      modifyDate: '2026-01-01',
      schema: { id: 's1', name: 'Loyalty', version: 1 },
      customFields: { tier_text: 'Gold' },
    });
    const newerSet = contact('m', {
      firstName: 'Ann',
      modifyDate: '2026-02-01',
      schema: { id: 's1', name: 'Loyalty', version: 1 },
      customFields: { tier_text: 'Silver' },
    });
    expect(dropped([loyal, newerSet]).map((item) => item.text)).toEqual([
      'Loyalty — tier_text: Gold',
    ]);
  });
});

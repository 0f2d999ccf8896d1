import { describe, expect, it } from 'vitest';
import type { ExternalContact } from '@/models/contact-fields';
import {
  buildMergeRows,
  choose,
  defaultChoices,
  isChoosable,
  mergeResult,
} from '@/models/merge-fields';
import { mergeFormSchema } from './merge-form-schema';

const older: ExternalContact = {
  id: 'old',
  modifyDate: '2026-01-01T00:00:00Z',
  firstName: 'Ada',
  lastName: 'Lovelace',
  title: 'Analyst',
  workEmail: 'ada@old.example',
  workPhone: {
    display: '+1 317-555-0100',
    e164: '+13175550100',
    userInput: '3175550100',
    normalizationCountryCode: 'US',
  },
  address: { city: 'London' },
};
const newer: ExternalContact = {
  id: 'new',
  modifyDate: '2026-03-01T00:00:00Z',
  firstName: 'Ada',
  lastName: 'King',
  workEmail: 'ADA@old.example',
  workPhone: { display: '+1 317-555-0199', e164: '+13175550199' },
};

const rowOf = (rows: ReturnType<typeof buildMergeRows>, id: string) => {
  const row = rows.find((candidate) => candidate.field.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe('merge rows and defaults', () => {
  it('defaults each field to the most recently modified contact that has it', () => {
    const rows = buildMergeRows([older, newer]);
    const lastName = rowOf(rows, 'lastName');
    expect(isChoosable(lastName)).toBe(true);
    expect(lastName.options.find((option) => option.key === lastName.defaultKey)?.value).toBe(
      'King',
    );
    // Only the older contact has a title: kept, nothing to choose.
    const title = rowOf(rows, 'title');
    expect(isChoosable(title)).toBe(false);
    expect(mergeResult(rows, defaultChoices(rows)).values.title).toBe('Analyst');
    // Same first name on both: one value, no choice.
    expect(isChoosable(rowOf(rows, 'firstName'))).toBe(false);
  });

  it('leaves out fields no contact has', () => {
    const rows = buildMergeRows([older, newer]);
    expect(rows.some((row) => row.field.id === 'salutation')).toBe(false);
  });

  it('moves the older phone into a free slot as the API does, and emails compare without case', () => {
    const rows = buildMergeRows([older, newer]);
    const { values } = mergeResult(rows, defaultChoices(rows));
    expect(values.workPhone).toMatchObject({ e164: '+13175550199' });
    expect(values.cellPhone).toMatchObject({ e164: '+13175550100' });
    expect(rows.some((row) => row.field.id === 'personalEmail')).toBe(false);
    expect(rowOf(rows, 'workEmail').options).toHaveLength(1);
  });

  it('sends no override when every choice is the default', () => {
    const rows = buildMergeRows([older, newer]);
    expect(mergeResult(rows, defaultChoices(rows)).valueOverride).toBeNull();
  });

  it('sends only the fields chosen differently', () => {
    const rows = buildMergeRows([older, newer]);
    const lastName = rowOf(rows, 'lastName');
    const lovelace = lastName.options.find((option) => option.value === 'Lovelace');
    const choices = choose(rows, defaultChoices(rows), 'lastName', lovelace?.key ?? '');
    expect(mergeResult(rows, choices).valueOverride).toEqual({ lastName: 'Lovelace' });
  });

  it('offers the organization as a choice and sends only its id', () => {
    const rows = buildMergeRows([
      { ...older, externalOrganization: { id: 'o-old', name: 'Old Org' } },
      { ...newer, externalOrganization: { id: 'o-new', name: 'New Org' } },
    ]);
    const organization = rowOf(rows, 'externalOrganization');
    const defaultOption = organization.options.find((o) => o.key === organization.defaultKey);
    expect(organization.field.format(defaultOption?.value)).toBe('New Org');
    const oldOrg = organization.options.find(
      (o) => organization.field.format(o.value) === 'Old Org',
    );
    const choices = choose(rows, defaultChoices(rows), 'externalOrganization', oldOrg?.key ?? '');
    expect(mergeResult(rows, choices).valueOverride).toEqual({
      externalOrganization: { id: 'o-old' },
    });
  });

  it('swaps phones between slots and sends the whole group as the API takes it', () => {
    const rows = buildMergeRows([older, newer]);
    const work = rowOf(rows, 'workPhone');
    const olderNumber = work.options.find((option) => option.holderIds.includes('old'));
    const choices = choose(rows, defaultChoices(rows), 'workPhone', olderNumber?.key ?? '');
    expect(choices.cellPhone).toBe(work.defaultKey);
    const result = mergeResult(rows, choices);
    expect(result.values.workPhone).toMatchObject({ e164: '+13175550100' });
    expect(result.valueOverride).toEqual({
      // What was typed and the country to read it with; e164 is the server's to fill.
      workPhone: { display: '3175550100', normalizationCountryCode: 'US' },
      cellPhone: { display: '+1 317-555-0199' },
    });
  });

  it('offers no choice for a slot the API leaves empty', () => {
    const rows = buildMergeRows([older, newer]);
    expect(rows.some((row) => row.field.id === 'homePhone')).toBe(false);
  });

  it('lets a phone that did not fit replace one that did, without doubling any', () => {
    const phone = (digits: string) => ({
      display: `+1 317-555-${digits}`,
      e164: `+1317555${digits}`,
    });
    const a: ExternalContact = {
      id: 'a',
      modifyDate: '2026-03-01',
      workPhone: phone('0001'),
      cellPhone: phone('0002'),
      homePhone: phone('0003'),
    };
    const b: ExternalContact = {
      id: 'b',
      modifyDate: '2026-01-01',
      workPhone: phone('0004'),
      cellPhone: phone('0005'),
    };
    const rows = buildMergeRows([a, b]);
    const defaults = mergeResult(rows, defaultChoices(rows)).values;
    // Four slots, five numbers: the older contact's second one does not fit.
    expect(defaults.otherPhone).toMatchObject({ e164: '+13175550004' });
    const home = rowOf(rows, 'homePhone');
    expect(home.options).toHaveLength(5);
    const dropped = home.options.find((option) => option.key === 'phone:+13175550005');
    const choices = choose(rows, defaultChoices(rows), 'homePhone', dropped?.key ?? '');
    const result = mergeResult(rows, choices);
    expect(result.values.homePhone).toMatchObject({ e164: '+13175550005' });
    expect(Object.keys(result.valueOverride ?? {}).sort()).toEqual([
      'cellPhone',
      'homePhone',
      'otherPhone',
      'workPhone',
    ]);
  });

  it('keeps custom fields as one set with their schema', () => {
    const withFields: ExternalContact = {
      ...older,
      schema: { id: 's1', name: 'Loyalty', version: 2 },
      customFields: { tier_text: 'Gold' },
    };
    const otherFields: ExternalContact = {
      ...newer,
      schema: { id: 's1', name: 'Loyalty', version: 2 },
      customFields: { tier_text: 'Silver' },
    };
    const rows = buildMergeRows([withFields, otherFields]);
    const custom = rowOf(rows, 'customFields');
    const gold = custom.options.find((option) =>
      custom.field.format(option.value).includes('Gold'),
    );
    const choices = choose(rows, defaultChoices(rows), 'customFields', gold?.key ?? '');
    expect(mergeResult(rows, choices).valueOverride).toEqual({
      schema: { id: 's1', version: 2 },
      customFields: { tier_text: 'Gold' },
    });
  });
});

describe('the same value written differently', () => {
  it('offers a phone once when its E.164 is the same, whatever its display', () => {
    const rows = buildMergeRows([
      {
        id: 'a',
        modifyDate: '2026-01-01',
        workPhone: {
          display: '+44 20 7946 0321',
          userInput: '+44 20 7946 0321',
          e164: '+442079460321',
        },
      },
      {
        id: 'b',
        modifyDate: '2026-02-01',
        workPhone: { display: '+44 20 7946 0999', e164: '+442079460999' },
        cellPhone: {
          display: '+44 20 7946 0321',
          userInput: '020 7946 0321',
          normalizationCountryCode: 'GB',
          e164: '+442079460321',
        },
      },
    ]);
    const work = rowOf(rows, 'workPhone');
    expect(work.options.map((option) => option.key)).toEqual([
      'phone:+442079460999',
      'phone:+442079460321',
    ]);
    expect(work.options[1]?.holderIds).toEqual(['b', 'a']);
    // Both numbers fit in the newest contact's slots: no third slot for the same number.
    expect(rows.some((row) => row.field.id === 'homePhone')).toBe(false);
  });

  it('offers an email once whatever its case, and an organization once with or without its name', () => {
    const rows = buildMergeRows([
      {
        id: 'a',
        modifyDate: '2026-01-01',
        workEmail: 'Ann.Lee@Example.com',
        externalOrganization: { id: 'o1' },
      },
      {
        id: 'b',
        modifyDate: '2026-02-01',
        personalEmail: 'ann.lee@example.com',
        externalOrganization: { id: 'o1', name: 'Acme' },
      },
    ]);
    expect(rowOf(rows, 'personalEmail').options).toHaveLength(1);
    expect(rows.some((row) => row.field.id === 'workEmail' && isChoosable(row))).toBe(false);
    expect(isChoosable(rowOf(rows, 'externalOrganization'))).toBe(false);
  });
});

describe('choosing a phone never loses another one it could keep', () => {
  const phone = (digits: string) => ({
    display: `+1 317-555-${digits}`,
    e164: `+1317555${digits}`,
  });
  // The newest contact holds one number twice: Genesys keeps it so, in two slots.
  const twice: ExternalContact = {
    id: 'new',
    modifyDate: '2026-03-01',
    workPhone: phone('0001'),
    cellPhone: phone('0001'),
  };
  const other: ExternalContact = { id: 'old', modifyDate: '2026-01-01', workPhone: phone('0002') };

  it('swaps with the slot that held the picked number, so the doubled one stays doubled', () => {
    const rows = buildMergeRows([twice, other]);
    const defaults = defaultChoices(rows);
    expect(defaults).toEqual({
      workPhone: 'phone:+13175550001',
      cellPhone: 'phone:+13175550001',
      homePhone: 'phone:+13175550002',
    });
    const picked = choose(rows, defaults, 'workPhone', 'phone:+13175550002');
    expect(picked).toEqual({
      workPhone: 'phone:+13175550002',
      cellPhone: 'phone:+13175550001',
      homePhone: 'phone:+13175550001',
    });
    expect(mergeFormSchema(rows).safeParse({ choices: picked }).success).toBe(true);
  });

  it('puts the displaced number where a doubled one was rather than drop it', () => {
    const third: ExternalContact = {
      id: 'third',
      modifyDate: '2026-02-01',
      workPhone: phone('0003'),
      cellPhone: phone('0004'),
    };
    const rows = buildMergeRows([twice, other, third]);
    const defaults = defaultChoices(rows);
    // work 0001, cell 0001, home 0003, other 0004: 0002 does not fit.
    expect(defaults.otherPhone).toBe('phone:+13175550004');
    const picked = choose(rows, defaults, 'homePhone', 'phone:+13175550002');
    // 0003 had no other slot: it takes the second copy of 0001's place, and nothing is lost.
    expect(mergeFormSchema(rows).safeParse({ choices: picked }).success).toBe(true);
    expect(new Set(Object.values(picked))).toEqual(
      new Set([
        'phone:+13175550001',
        'phone:+13175550002',
        'phone:+13175550003',
        'phone:+13175550004',
      ]),
    );
  });
});

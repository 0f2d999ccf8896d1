import { describe, expect, it } from 'vitest';
import type { ExternalContact } from '@/models/contact-fields';
import { contactUpdate } from './contact-update-body';
import {
  countPlans,
  identitiesToLookUp,
  planImport,
  type MatchResults,
  type MatchSettings,
} from './import-plan';
import type { CheckedRow } from './import-rows';
import { identitiesOf, identityId, phoneE164 } from './row-identities';

const cordelia: ExternalContact = {
  id: 'c-1',
  firstName: 'Cordelia',
  lastName: 'Holloway',
  workEmail: 'Cordelia@Example.com',
  cellPhone: { display: '+44 7911 123456', e164: '+447911123456', countryCode: 'GB' },
  title: 'Buyer',
  division: { id: 'd-1', name: 'Home' },
} as ExternalContact;

const row = (rowNumber: number, body: Record<string, unknown> | null): CheckedRow => ({
  rowNumber,
  cells: [],
  body,
  problems: body ? [] : [{ rowNumber, column: 'Work email', message: 'Bad.' }],
});

/** Every column the body fills counts as given (address parts by path). */
const allGiven = (checked: CheckedRow) =>
  new Set(
    Object.entries(checked.body ?? {}).flatMap(([key, value]) =>
      key === 'address' ? Object.keys(value as object).map((part) => `address.${part}`) : [key],
    ),
  );

const settings = (action: MatchSettings['action']): MatchSettings => ({
  keys: ['email', 'phone'],
  action,
});

const found = (entries: [string, ExternalContact | null][]): MatchResults => new Map(entries);

describe('row identities', () => {
  it('reads emails without case and phones as E.164 in their country', () => {
    const identities = identitiesOf(
      {
        workEmail: ' Ann@Example.COM ',
        cellPhone: { display: '07911 123457', normalizationCountryCode: 'gb' },
        homePhone: { display: '(415) 555-0188' },
        otherPhone: { display: '12ab-34' },
      },
      ['phone', 'email'],
    );
    expect(identities.map(identityId)).toEqual(['phone:+447911123457', 'email:ann@example.com']);
    expect(phoneE164({ display: '+1 415 555 0188' })).toBe('+14155550188');
  });
});

describe('planImport', () => {
  const results = found([
    ['email:cordelia@example.com', cordelia],
    ['phone:+447911123456', cordelia],
    ['email:new@example.com', null],
    ['email:other@example.com', null],
  ]);

  it('flags in-file duplicates and rows that reach an already targeted contact', () => {
    const rows = [
      row(2, { firstName: 'New', workEmail: 'new@example.com' }),
      row(3, { firstName: 'Again', workEmail: 'NEW@example.com' }),
      row(4, { firstName: 'Cordelia', workEmail: 'cordelia@example.com' }),
      row(5, {
        firstName: 'C',
        workEmail: 'other@example.com',
        cellPhone: { display: '+447911123456' },
      }),
      row(6, null),
    ];
    const plans = planImport(rows, settings('skip'), results, allGiven);
    expect(plans.get(2)).toEqual({ kind: 'new' });
    expect(plans.get(3)).toMatchObject({ kind: 'duplicate', ofRow: 2 });
    expect(plans.get(4)).toMatchObject({ kind: 'skip', record: { id: 'c-1' } });
    expect(plans.get(5)).toMatchObject({ kind: 'duplicate', ofRow: 4 });
    expect(plans.get(6)).toEqual({ kind: 'problem' });
    expect(countPlans(plans)).toEqual({
      new: 1,
      duplicate: 2,
      skip: 1,
      problem: 1,
      update: 0,
      unchanged: 0,
    });
  });

  it('updates, leaves unchanged or creates anyway as chosen', () => {
    const same = row(2, {
      lastName: 'Holloway',
      workEmail: 'cordelia@example.com',
      title: 'Buyer',
    });
    const changed = row(2, { workEmail: 'cordelia@example.com', title: 'Head buyer' });
    expect(planImport([same], settings('overwrite'), results, allGiven).get(2)).toMatchObject({
      kind: 'unchanged',
    });
    expect(planImport([changed], settings('overwrite'), results, allGiven).get(2)).toMatchObject({
      kind: 'update',
      changed: ['Title'],
    });
    expect(planImport([changed], settings('fill'), results, allGiven).get(2)).toMatchObject({
      kind: 'unchanged',
    });
    expect(planImport([changed], settings('create'), results, allGiven).get(2)).toMatchObject({
      kind: 'new',
      matches: { id: 'c-1' },
    });
  });

  it('asks only for identities not looked up yet, and none without keys', () => {
    const rows = [row(2, { workEmail: 'x@example.com', cellPhone: { display: '+447911123456' } })];
    expect(identitiesToLookUp(rows, settings('skip'), results).map(identityId)).toEqual([
      'email:x@example.com',
    ]);
    expect(identitiesToLookUp(rows, { keys: [], action: 'skip' }, new Map())).toEqual([]);
    expect(planImport(rows, { keys: [], action: 'skip' }, new Map(), allGiven).get(2)).toEqual({
      kind: 'new',
    });
  });
});

describe('contactUpdate', () => {
  it('fills only what is empty, compares phones by number and keeps the rest of the contact', () => {
    const update = contactUpdate(
      cordelia,
      {
        title: 'Head buyer',
        workPhone: { display: '020 7946 0321', normalizationCountryCode: 'GB' },
        cellPhone: { display: '07911 123456', normalizationCountryCode: 'GB' },
        address: { city: 'Leeds' },
        surveyOptOut: false,
      },
      new Set(['title', 'workPhone', 'cellPhone', 'address.city']),
      'fill',
    );
    expect(update.changed).toEqual(['Work phone', 'Address']);
    expect(update.body).toMatchObject({
      firstName: 'Cordelia',
      title: 'Buyer',
      workEmail: 'Cordelia@Example.com',
      workPhone: { display: '020 7946 0321', normalizationCountryCode: 'GB' },
      cellPhone: { display: '+44 7911 123456' },
      address: { city: 'Leeds' },
      division: { id: 'd-1' },
    });
    expect(update.body).not.toHaveProperty('id');
  });

  it('overwrites what the row gives, but an empty or absent cell clears nothing', () => {
    const update = contactUpdate(
      { ...cordelia, surveyOptOut: true } as ExternalContact,
      { title: 'Head buyer', surveyOptOut: false },
      new Set(['title']),
      'overwrite',
    );
    expect(update.changed).toEqual(['Title']);
    expect(update.body).toMatchObject({ title: 'Head buyer', surveyOptOut: true });
  });
});

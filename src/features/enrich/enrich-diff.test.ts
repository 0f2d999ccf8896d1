import { describe, expect, it } from 'vitest';
import { CONTACT_FIELDS } from '@/models/contact-fields';
import { changedLabels, changedOnly, diffRecords, differingFields } from './enrich-diff';

const stored = {
  id: 'c1',
  firstName: 'Ada',
  lastName: 'Lovelace',
  title: 'Analyst',
  workPhone: { display: '+1 317-555-0100', e164: '+13175550100' },
  externalOrganization: { id: 'o1', name: 'Acme' },
  address: { city: 'Oslo' },
};

describe('diffRecords', () => {
  it('lists, field by field, what a matched record holds now and after', () => {
    const after = {
      ...stored,
      title: 'Director',
      middleName: 'Q',
      address: { city: 'Bergen', postalCode: '5003' },
      // A write's answer names the organization by id only: the same one is no change.
      externalOrganization: { id: 'o1' },
    };
    const changes = changedOnly(diffRecords(CONTACT_FIELDS, [stored], after));
    expect(changes).toEqual([
      { key: 'middleName', label: 'Middle name', before: [''], after: 'Q', changed: true },
      { key: 'title', label: 'Title', before: ['Analyst'], after: 'Director', changed: true },
      {
        key: 'address',
        label: 'Address',
        before: ['Oslo'],
        after: 'Bergen · 5003',
        changed: true,
      },
    ]);
    expect(changedLabels(diffRecords(CONTACT_FIELDS, [stored], after))).toBe(
      'Middle name, Title, Address',
    );
  });

  it('names a new organization when some record carries its name, else shows its id', () => {
    const moved = diffRecords(CONTACT_FIELDS, [stored], {
      ...stored,
      externalOrganization: { id: 'o2' },
    }).find((change) => change.key === 'externalOrganization');
    expect(moved).toMatchObject({ before: ['Acme'], after: 'o2', changed: true });
  });

  it('finds nothing changed when the result is the record as stored', () => {
    expect(changedOnly(diffRecords(CONTACT_FIELDS, [stored], { ...stored }))).toEqual([]);
  });

  it('shows a new record’s given fields as its changes', () => {
    const changes = changedOnly(diffRecords(CONTACT_FIELDS, [], { id: 'n', lastName: 'New' }));
    expect(changes).toEqual([
      { key: 'lastName', label: 'Last name', before: [], after: 'New', changed: true },
    ]);
  });

  it('compares a merge’s result with each merged record', () => {
    const other = { id: 'c2', lastName: 'Lovelace', title: 'Director' };
    const title = diffRecords(CONTACT_FIELDS, [stored, other], {
      id: 'm',
      lastName: 'Lovelace',
      title: 'Director',
    }).filter((change) => change.key === 'title' || change.key === 'lastName');
    expect(title).toEqual([
      {
        key: 'lastName',
        label: 'Last name',
        before: ['Lovelace', 'Lovelace'],
        after: 'Lovelace',
        changed: false,
      },
      {
        key: 'title',
        label: 'Title',
        before: ['Analyst', 'Director'],
        after: 'Director',
        changed: true,
      },
    ]);
  });
});

describe('differingFields', () => {
  it('names the fields whose stored value is not what the preview showed', () => {
    const preview = diffRecords(CONTACT_FIELDS, [stored], { ...stored, title: 'Director' });
    const same = diffRecords(CONTACT_FIELDS, [stored], { ...stored, title: 'Director' });
    const other = diffRecords(CONTACT_FIELDS, [stored], {
      ...stored,
      title: 'Director',
      firstName: 'Augusta',
    });
    expect(differingFields(preview, same)).toEqual([]);
    expect(differingFields(preview, other)).toEqual(['First name']);
  });
});

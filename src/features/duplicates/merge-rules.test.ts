import { describe, expect, it } from 'vitest';
import type { ExternalContact } from '@/models/contact-fields';
import { planMerge, rankContacts } from './merge-rules';

const phone = (e164: string) => ({ display: e164, e164 });

/** Older but curated and fuller; newer identified; the newest created last but sparse. */
const curated: ExternalContact = {
  id: 'a',
  type: 'Curated',
  firstName: 'Mara',
  lastName: 'Quill',
  title: 'Head buyer',
  workEmail: 'mara@old.example',
  cellPhone: phone('+441632960001'),
  createDate: '2026-01-01T00:00:00.000Z',
  modifyDate: '2026-01-02T00:00:00.000Z',
};
const identified: ExternalContact = {
  id: 'b',
  type: 'Identified',
  firstName: 'Mara',
  lastName: 'Quill',
  title: 'Buyer',
  workEmail: 'mara@new.example',
  personalEmail: 'mara@old.example',
  cellPhone: phone('+441632960002'),
  createDate: '2026-01-03T00:00:00.000Z',
  modifyDate: '2026-01-05T00:00:00.000Z',
};
const sparse: ExternalContact = {
  id: 'c',
  type: 'Ephemeral',
  lastName: 'Quill',
  workEmail: 'mara@new.example',
  createDate: '2026-01-04T00:00:00.000Z',
  modifyDate: '2026-01-04T00:00:00.000Z',
};
const contacts = [curated, identified, sparse];
const ids = (list: ExternalContact[]) => list.map((contact) => contact.id);

describe('rankContacts', () => {
  it('orders the contacts each rule prefers first', () => {
    expect(ids(rankContacts(contacts, 'default'))).toEqual(['b', 'c', 'a']);
    expect(ids(rankContacts(contacts, 'curated'))).toEqual(['a', 'b', 'c']);
    expect(ids(rankContacts(contacts, 'complete'))).toEqual(['b', 'a', 'c']);
    expect(ids(rankContacts(contacts, 'recent'))).toEqual(['c', 'b', 'a']);
  });
});

describe('planMerge', () => {
  it("sends nothing for Genesys' default and drops the other plain values", () => {
    const plan = planMerge(contacts, 'default');
    expect(plan.valueOverride).toBeNull();
    expect(plan.values.title).toBe('Buyer');
    expect(plan.values.workEmail).toBe('mara@new.example');
    expect(plan.dropped.map((item) => item.value)).toEqual(['Head buyer']);
    expect(plan.contested.map((field) => field.id)).toEqual(
      expect.arrayContaining(['firstName', 'title', 'workEmail', 'cellPhone']),
    );
  });

  it('overrides the fields and the phone/email groups the preferred contact wins', () => {
    const plan = planMerge(contacts, 'curated');
    expect(plan.values.title).toBe('Head buyer');
    // The curated contact's slots first; the others' different values in free slots.
    expect(plan.values.workEmail).toBe('mara@old.example');
    expect(plan.values.personalEmail).toBe('mara@new.example');
    expect(plan.values.cellPhone).toEqual(phone('+441632960001'));
    expect(plan.valueOverride).toMatchObject({
      title: 'Head buyer',
      workEmail: 'mara@old.example',
      personalEmail: 'mara@new.example',
      cellPhone: { display: '+441632960001' },
    });
    // The second cell phone is kept in another slot; only the other title is dropped.
    expect(Object.values(plan.values)).toContainEqual(phone('+441632960002'));
    expect(plan.dropped.map((item) => item.value)).toEqual(['Buyer']);
    // The preview shows where the other cell phone goes.
    expect(plan.contested.map((field) => field.id)).toContain('workPhone');
  });

  it('leaves a group alone when the rule fills it as Genesys would', () => {
    const plan = planMerge(contacts, 'recent');
    // The sparse contact has no title: the next-ranked one's applies, as in the default.
    expect(plan.values.title).toBe('Buyer');
    expect(plan.values.firstName).toBe('Mara');
    // Emails and phones land where Genesys would put them: nothing is sent.
    expect(plan.values.cellPhone).toEqual(phone('+441632960002'));
    expect(plan.values.workPhone).toEqual(phone('+441632960001'));
    expect(plan.valueOverride).toBeNull();
  });

  it('keeps a value in its own slot when the preferred contact has none there', () => {
    const home: ExternalContact = {
      id: 'd',
      type: 'Curated',
      homePhone: phone('+441632960009'),
      modifyDate: '2026-01-01T00:00:00.000Z',
    };
    const plan = planMerge([home, identified], 'curated');
    expect(plan.values.homePhone).toEqual(phone('+441632960009'));
    expect(plan.values.cellPhone).toEqual(phone('+441632960002'));
    // Genesys' own fill would have moved the home number to the first free slot (work).
    expect(plan.valueOverride).toMatchObject({
      homePhone: { display: '+441632960009' },
      cellPhone: { display: '+441632960002' },
    });
  });
});

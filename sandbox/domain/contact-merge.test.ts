import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../db/contacts-repo.ts';
import { mergedDocument } from './contact-merge.ts';

const phone = (e164: string) => ({ display: e164, userInput: e164, e164 });

const record = (id: string, modifyDate: string, doc: Record<string, unknown>): ContactRecord => ({
  id,
  divisionId: 'd1',
  createDate: modifyDate,
  modifyDate,
  type: 'Curated',
  organizationId: null,
  canonicalId: null,
  mergedInto: null,
  mergedFrom: null,
  mergeSet: null,
  doc,
});

const older = record('a', '2026-01-01T00:00:00Z', {
  workPhone: phone('+13175550100'),
  workEmail: 'ann@old.example',
});
const newer = record('b', '2026-02-01T00:00:00Z', {
  workPhone: phone('+13175550199'),
  workEmail: 'ann@new.example',
});

describe('mergedDocument', () => {
  it('moves the other inputs’ different phones and emails into free slots', () => {
    const { doc } = mergedDocument([older, newer], null);
    expect(doc).toMatchObject({
      workPhone: { e164: '+13175550199' },
      cellPhone: { e164: '+13175550100' },
      workEmail: 'ann@new.example',
      personalEmail: 'ann@old.example',
    });
  });

  it('keeps a newest value that an override of one slot displaces, without doubling the other', () => {
    const { doc } = mergedDocument([older, newer], {
      workPhone: phone('+13175550100'),
      workEmail: 'ann@old.example',
    });
    expect(doc).toMatchObject({
      workPhone: { e164: '+13175550100' },
      cellPhone: { e164: '+13175550199' },
      workEmail: 'ann@old.example',
      personalEmail: 'ann@new.example',
    });
    expect(doc.homePhone).toBeUndefined();
    expect(doc.otherEmail).toBeUndefined();
  });

  it('takes a whole group from the override as it is', () => {
    const { doc } = mergedDocument([older, newer], {
      workPhone: phone('+13175550100'),
      cellPhone: phone('+13175550199'),
    });
    expect(doc).toMatchObject({
      workPhone: { e164: '+13175550100' },
      cellPhone: { e164: '+13175550199' },
    });
    expect(doc.homePhone).toBeUndefined();
  });

  it('keeps the newest input’s own slots as they are without an override', () => {
    const twice = record('c', '2026-03-01T00:00:00Z', {
      workPhone: phone('+13175550199'),
      cellPhone: phone('+13175550199'),
    });
    const { doc } = mergedDocument([older, twice], null);
    expect(doc).toMatchObject({
      workPhone: { e164: '+13175550199' },
      cellPhone: { e164: '+13175550199' },
      homePhone: { e164: '+13175550100' },
    });
  });
});

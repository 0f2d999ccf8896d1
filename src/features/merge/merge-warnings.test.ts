import { describe, expect, it } from 'vitest';
import type { ExternalContact } from '@/models/contact-fields';
import {
  blocksMerge,
  mergeWarnings,
  resultMergeSetSize,
  type CandidateState,
} from './merge-warnings';

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

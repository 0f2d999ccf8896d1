import { describe, expect, it } from 'vitest';
import type { RecordBase } from '@/models/record-fields';
import { changedLabels } from './enrich-diff';
import { ENRICH_KINDS } from './enrich-kinds';
import { classify, idsToRead } from './enrich-outcome';

const kind = ENRICH_KINDS.contacts;
const ada = { id: 'c1', lastName: 'Lovelace', title: 'Analyst' } as RecordBase;
const bab = { id: 'c2', lastName: 'Babbage' } as RecordBase;
const current = new Map<string, RecordBase>([
  ['c1', ada],
  ['c2', bab],
]);

describe('classify', () => {
  it('is an update when the answer names a stored record', () => {
    const outcome = classify(
      kind,
      { record: { ...ada, title: 'Director' } as RecordBase },
      current,
    );
    expect(outcome.kind).toBe('update');
    if (outcome.kind !== 'update') return;
    expect(outcome.before).toEqual([ada]);
    expect(changedLabels(outcome.changes)).toBe('Title');
  });

  it('is a create when the record is not stored, or when a bulk result says 201', () => {
    expect(
      classify(kind, { record: { id: 'new', lastName: 'N' } as RecordBase }, current).kind,
    ).toBe('create');
    // A retried row found stored: its id is known, but the bulk answer said it was created.
    expect(classify(kind, { record: ada, created: true }, current).kind).toBe('create');
  });

  it('is a merge when a new record names stored contacts it was merged from', () => {
    const merged = {
      id: 'm',
      lastName: 'Lovelace',
      mergedFrom: [{ id: 'c1' }, { id: 'c2' }],
    } as RecordBase;
    const outcome = classify(kind, { record: merged }, current);
    expect(outcome).toMatchObject({ kind: 'merge', before: [ada, bab] });
    expect(idsToRead({ record: merged })).toEqual(['m', 'c1', 'c2']);
  });

  it('is a failure with the records an Insert found already there', () => {
    const answer = {
      error: {
        status: 409,
        message: 'Insert found existing records.',
        conflictIds: ['c2', 'gone'],
      },
    };
    expect(classify(kind, answer, current)).toEqual({
      kind: 'failed',
      status: 409,
      message: 'Insert found existing records.',
      conflicts: [bab],
    });
    expect(idsToRead(answer)).toEqual(['c2', 'gone']);
    expect(classify(kind, {}, current)).toMatchObject({ kind: 'failed', status: 0 });
  });
});

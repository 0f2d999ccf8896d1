import { describe, expect, it } from 'vitest';
import { forgetRecentRecord, readRecentRecords, rememberRecentRecord } from './recent-records';
import { memoryStorage } from '@/testing/memory-storage';

describe('recent records', () => {
  it('keeps the newest first, once each, per user, a dozen at most', () => {
    const store = memoryStorage();
    for (let i = 0; i < 14; i += 1) {
      rememberRecentRecord('u1', { kind: 'contact', id: `c${i}`, name: `C ${i}` }, i, store);
    }
    rememberRecentRecord('u1', { kind: 'contact', id: 'c5', name: 'C 5 renamed' }, 99, store);
    const recent = readRecentRecords('u1', store);
    expect(recent).toHaveLength(12);
    expect(recent[0]).toEqual({ kind: 'contact', id: 'c5', name: 'C 5 renamed', openedAt: 99 });
    expect(recent.filter((item) => item.id === 'c5')).toHaveLength(1);
    expect(readRecentRecords('u2', store)).toEqual([]);
  });

  it('keeps only kind, id, name and time, and survives a damaged entry', () => {
    const store = memoryStorage();
    store.setItem(
      'ecc.recentRecords.u1',
      JSON.stringify([{ kind: 'contact', id: 'a', name: 'A', openedAt: 1 }, { id: 7 }, 'x']),
    );
    expect(readRecentRecords('u1', store)).toEqual([
      { kind: 'contact', id: 'a', name: 'A', openedAt: 1 },
    ]);
    store.setItem('ecc.recentRecords.u1', '{broken');
    expect(readRecentRecords('u1', store)).toEqual([]);
  });

  it('forgets a record that is gone', () => {
    const store = memoryStorage();
    rememberRecentRecord('u1', { kind: 'organization', id: 'o1', name: 'Acme' }, 1, store);
    forgetRecentRecord('u1', 'o1', store);
    expect(readRecentRecords('u1', store)).toEqual([]);
  });
});

import { useEffect } from 'react';
import { useMe } from '@/auth/me-query';

/**
 * The records this user opened lately, newest first, kept on this device (localStorage) for the
 * start page. Only what the record's own page showed in its title is kept: kind, id and name, per
 * signed-in user, a dozen at most; never a token, never other fields.
 */
export type RecentKind = 'contact' | 'organization';

export interface RecentRecord {
  kind: RecentKind;
  id: string;
  name: string;
  openedAt: number;
}

const MAX_RECENT = 12;
const keyFor = (userId: string) => `ecc.recentRecords.${userId}`;

type Listener = () => void;
const listeners = new Set<Listener>();
/** Changes whenever the list does: a cheap snapshot for useSyncExternalStore. */
let version = 0;
const changed = () => {
  version += 1;
  listeners.forEach((listener) => listener());
};

function storage(): Storage | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}

function isRecent(value: unknown): value is RecentRecord {
  const v = value as Partial<RecentRecord> | null;
  return (
    (v?.kind === 'contact' || v?.kind === 'organization') &&
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.openedAt === 'number'
  );
}

export function readRecentRecords(userId: string, store = storage()): RecentRecord[] {
  try {
    const value: unknown = JSON.parse(store?.getItem(keyFor(userId)) ?? '[]');
    return Array.isArray(value) ? value.filter(isRecent).slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

export function rememberRecentRecord(
  userId: string,
  record: Omit<RecentRecord, 'openedAt'>,
  now = Date.now(),
  store = storage(),
): void {
  if (!store) return;
  const others = readRecentRecords(userId, store).filter(
    (item) => !(item.kind === record.kind && item.id === record.id),
  );
  const next = [{ ...record, openedAt: now }, ...others].slice(0, MAX_RECENT);
  try {
    store.setItem(keyFor(userId), JSON.stringify(next));
  } catch {
    // A full or disabled storage only costs the start page its list.
    return;
  }
  changed();
}

/** A record that is gone (deleted, merged away) leaves the list. */
export function forgetRecentRecord(userId: string, id: string, store = storage()): void {
  if (!store) return;
  const kept = readRecentRecords(userId, store).filter((item) => item.id !== id);
  store.setItem(keyFor(userId), JSON.stringify(kept));
  changed();
}

export function subscribeRecentRecords(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const recentRecordsVersion = (): number => version;

/** Called by a record's page: the record as titled there joins the user's recent records. */
export function useRememberRecentRecord(kind: RecentKind, id: string, name: string): void {
  const me = useMe();
  useEffect(() => {
    if (name.trim() !== '') rememberRecentRecord(me.id, { kind, id, name });
  }, [me.id, kind, id, name]);
}

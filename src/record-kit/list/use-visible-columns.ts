import { useCallback, useState } from 'react';
import { NAME_COLUMN_ID } from './record-column';

function readStored(key: string, known: readonly string[], defaults: readonly string[]): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (Array.isArray(stored)) {
      const ids = stored.filter((id): id is string => typeof id === 'string' && known.includes(id));
      if (ids.length > 0) return ids.includes(NAME_COLUMN_ID) ? ids : [NAME_COLUMN_ID, ...ids];
    }
  } catch {
    // A corrupt or blocked store only costs the user their column choice.
  }
  return [...defaults];
}

/**
 * The columns a user chose for one kind of record, kept in this browser (a preference, not part
 * of a shared link); the name column is always among them.
 */
export function useVisibleColumns(
  storageKey: string,
  columns: readonly { id: string }[],
  defaults: readonly string[],
) {
  const [visibleIds, setIds] = useState<string[]>(() =>
    readStored(
      storageKey,
      columns.map((column) => column.id),
      defaults,
    ),
  );
  const setVisibleIds = useCallback(
    (next: string[]) => {
      const withName = next.includes(NAME_COLUMN_ID) ? next : [NAME_COLUMN_ID, ...next];
      setIds(withName);
      try {
        localStorage.setItem(storageKey, JSON.stringify(withName));
      } catch {
        // Private mode or a full store: the choice still holds for this page.
      }
    },
    [storageKey],
  );
  return { visibleIds, setVisibleIds };
}

/** Where a kind of record's column choice is kept (contacts keep their key from before the kit). */
export const columnStorageKey = (resource: string) => `ecc.${resource}.columns`;

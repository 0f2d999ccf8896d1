import { bulkFailure, idOfItem } from './bulk-results.ts';
import type { BulkResult } from './bulk-results.ts';
import { invalidField } from '../errors.ts';

/** Shared by the note and relationship bulk routes (same rules as the contact bulk routes). */

export function requireItemId(item: unknown): string {
  const id = idOfItem(item);
  if (id === null) throw invalidField('id', 'Each entity needs an id.');
  return id;
}

/**
 * Runs `work` per item inside one transaction, each item in its own savepoint (a nested
 * better-sqlite3 transaction), so a failing item leaves the others committed.
 */
export function eachBulkItem(
  transaction: (work: () => void) => void,
  items: readonly unknown[],
  work: (item: unknown) => BulkResult,
): BulkResult[] {
  const results: BulkResult[] = [];
  transaction(() => {
    for (const item of items) {
      try {
        let result: BulkResult | undefined;
        transaction(() => {
          result = work(item);
        });
        if (result !== undefined) results.push(result);
      } catch (error) {
        results.push(bulkFailure(idOfItem(item), error, item));
      }
    }
  });
  return results;
}

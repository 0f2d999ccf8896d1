import { ApiError } from '@/api/api-error';
import type { ApiClient } from '@/api/client';
import { BULK_MAX, bulkErrorMessage, bulkUpdateContacts, chunk } from './bulk-api';
import type { ImportProgress, RowOutcome } from './import-engine';
import { retryDelayMs, sleep as realSleep, type Sleep } from './read-retries';

/** A matched row: the contact it updates and the whole contact as it will be stored. */
export interface RowToUpdate {
  rowNumber: number;
  contactId: string;
  body: Record<string, unknown>;
}

const MAX_SENDS = 6;

/**
 * Sends updates through POST /bulk/contacts/update, one chunk (≤ 200) at a time. An update
 * replaces the whole contact with the same body, so sending it again after a lost answer (network
 * error, 408, 5xx) cannot apply anything twice: the chunk is simply sent again, as is one refused
 * with 429 after the wait Retry-After asks. Results are paired by contact id, not by position.
 */
export async function updateContacts(options: {
  api: ApiClient;
  rows: readonly RowToUpdate[];
  chunkSize?: number;
  onOutcomes?: (outcomes: ReadonlyMap<number, RowOutcome>, progress: ImportProgress) => void;
  sleep?: Sleep;
}): Promise<Map<number, RowOutcome>> {
  const wait = options.sleep ?? realSleep;
  const outcomes = new Map<number, RowOutcome>();
  const total = options.rows.length;
  for (const part of chunk(options.rows, options.chunkSize ?? BULK_MAX)) {
    for (let send = 1; ; send += 1) {
      try {
        const answer = await bulkUpdateContacts(
          options.api,
          part.map((row) => ({ ...row.body, id: row.contactId })),
        );
        const results = answer.results ?? [];
        part.forEach((row, index) => {
          const result =
            results.find((item) => (item.id ?? item.entity?.id) === row.contactId) ??
            results[index];
          outcomes.set(
            row.rowNumber,
            result?.success
              ? { status: 'updated', contactId: row.contactId }
              : {
                  status: 'failed',
                  message: result
                    ? bulkErrorMessage(result)
                    : 'The answer did not name this row: retry to send it again.',
                },
          );
        });
        break;
      } catch (error) {
        const retryable = error instanceof ApiError ? error.isRetryable : true;
        if (retryable && send < MAX_SENDS) {
          await wait(retryDelayMs(error, send));
          continue;
        }
        const message = error instanceof Error ? error.message : String(error);
        for (const row of part) outcomes.set(row.rowNumber, { status: 'failed', message });
        break;
      }
    }
    options.onOutcomes?.(outcomes, { done: outcomes.size, total });
  }
  return outcomes;
}

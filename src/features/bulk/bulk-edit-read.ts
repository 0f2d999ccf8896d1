import type { RecordBase } from '@/models/record-fields';
import { bulkErrorMessage, chunk } from './bulk-api';
import type { BulkRecordEndpoints } from './bulk-edit-api';
import { pairById } from './bulk-update-engine';
import { readWithRetries, type Sleep } from './read-retries';

export interface SelectionRead<Read extends RecordBase> {
  /** In the selection's order. */
  records: { id: string; record: Read }[];
  /** Selected ids the API gave no record for, with why. */
  missing: { id: string; message: string }[];
}

/** The selected records as stored now (bulk fetch, 200 a request), for the form and the preview. */
export async function readSelection<Read extends RecordBase>(
  endpoints: BulkRecordEndpoints<Read>,
  ids: readonly string[],
  options: { sleep?: Sleep; signal?: AbortSignal } = {},
): Promise<SelectionRead<Read>> {
  const read: SelectionRead<Read> = { records: [], missing: [] };
  for (const part of chunk([...new Set(ids)])) {
    const answer = await readWithRetries(() => endpoints.fetch(part), options);
    const paired = pairById(part, answer.results ?? []);
    for (const id of part) {
      const result = paired.get(id);
      if (result?.success && result.entity) read.records.push({ id, record: result.entity });
      else
        read.missing.push({
          id,
          message: !result
            ? 'the answer did not include it'
            : (result.error?.status ?? result.status) === 404
              ? 'it no longer exists'
              : bulkErrorMessage(result),
        });
    }
  }
  return read;
}

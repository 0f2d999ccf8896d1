import { ApiError } from '@/api/api-error';
import type { RecordBase } from '@/models/record-fields';
import { BULK_MAX, bulkErrorMessage, chunk, type BulkResponse, type BulkResult } from './bulk-api';
import type { BulkRecordEndpoints } from './bulk-edit-api';
import { readWithRetries, retryDelayMs, sleep as realSleep, type Sleep } from './read-retries';

/** What to write for a record as it is stored now. */
export type RecordDecision =
  | { kind: 'write'; body: Record<string, unknown> }
  /** It already holds what the edit asks for. */
  | { kind: 'none' }
  /** The edit cannot apply to it (another custom-field schema, a value its rules refuse…). */
  | { kind: 'refuse'; message: string };

export type UpdateOutcome =
  | {
      status: 'updated';
      /** The record written: the id asked for, or the contact it was merged into. */
      recordId: string;
      /** An earlier answer was lost, and the record read now already held the change. */
      recovered?: boolean;
    }
  | { status: 'unchanged'; recordId: string }
  | {
      status: 'failed';
      message: string;
      /** The update may have been saved (its answer was lost): a retry reads before it sends. */
      uncertain?: boolean;
    };

export interface UpdateProgress {
  done: number;
  total: number;
}

export interface BulkUpdateOptions<Read extends RecordBase> {
  endpoints: BulkRecordEndpoints<Read>;
  ids: readonly string[];
  /** Ids whose earlier update may have been saved: held changes then count as updated. */
  uncertainIds?: ReadonlySet<string>;
  decide: (record: Read) => RecordDecision;
  chunkSize?: number;
  /** Each chunk's outcomes (all so far) as soon as it is done. */
  onOutcomes?: (outcomes: ReadonlyMap<string, UpdateOutcome>, progress: UpdateProgress) => void;
  sleep?: Sleep;
  /** Stops before the next chunk (a chunk on its way is not taken back). */
  signal?: AbortSignal;
}

/** How often one chunk is sent while the API answers 429 (refused before any work). */
const MAX_SENDS = 6;

const failureText = (error: unknown) => (error instanceof Error ? error.message : String(error));

const namedId = <T>(result: BulkResult<T>): string | undefined => {
  const entityId = (value: unknown) =>
    typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string'
      ? value.id
      : undefined;
  return result.id ?? entityId(result.entity) ?? entityId(result.error?.entity);
};

/**
 * Pairs each key with the result that names it (its id, its entity's id, or the failing item it
 * echoes). Genesys does not promise the order of results: a position pairs a key only with a
 * result that names nothing, and only when the answer has one result per key.
 */
export function pairById<T>(
  keys: readonly string[],
  results: readonly BulkResult<T>[],
  alias: (key: string) => string = (key) => key,
): Map<string, BulkResult<T>> {
  const paired = new Map<string, BulkResult<T>>();
  const byName = new Map<string, BulkResult<T>>();
  for (const result of results) {
    const id = namedId(result);
    if (id !== undefined && !byName.has(id)) byName.set(id, result);
  }
  keys.forEach((key, index) => {
    const named = byName.get(key) ?? byName.get(alias(key));
    if (named) {
      paired.set(key, named);
      return;
    }
    const atIndex = results.length === keys.length ? results[index] : undefined;
    if (atIndex && namedId(atIndex) === undefined) paired.set(key, atIndex);
  });
  return paired;
}

const isLostAnswer = (error: unknown) => !(error instanceof ApiError) || error.isRetryable;

/**
 * Updates records in chunks (≤ 200): each chunk is read fresh (bulk fetch) right before it is
 * written, so what is sent is the stored record with only the edit applied, and a record already
 * holding the edit is not sent at all. An update replaces the whole record, so it cannot apply
 * twice; still, a lost answer (network error, 408, 5xx) is not re-sent blindly but reported as
 * uncertain: a retry reads the record again and sends it only when the change is missing, never
 * over a change someone saved since. A 429 was refused before any work: the chunk waits what
 * Retry-After asks and is sent again. Outcomes are keyed by the ids asked for, paired by id.
 */
export async function updateRecords<Read extends RecordBase>(
  options: BulkUpdateOptions<Read>,
): Promise<Map<string, UpdateOutcome>> {
  const wait = options.sleep ?? realSleep;
  const uncertain = options.uncertainIds ?? new Set<string>();
  const ids = [...new Set(options.ids)];
  const outcomes = new Map<string, UpdateOutcome>();
  const fail = (id: string, message: string, lost = false) =>
    outcomes.set(id, {
      status: 'failed',
      message,
      ...(lost || uncertain.has(id) ? { uncertain: true } : {}),
    });

  for (const part of chunk(ids, options.chunkSize ?? BULK_MAX)) {
    if (options.signal?.aborted) break;
    let fetched: BulkResponse<Read>;
    try {
      fetched = await readWithRetries(() => options.endpoints.fetch(part), {
        sleep: wait,
        signal: options.signal,
      });
    } catch (error) {
      for (const id of part) fail(id, `It could not be read: ${failureText(error)}`);
      options.onOutcomes?.(outcomes, { done: outcomes.size, total: ids.length });
      continue;
    }

    const read = pairById(part, fetched.results ?? []);
    const writes: { id: string; recordId: string; body: Record<string, unknown> }[] = [];
    for (const id of part) {
      const result = read.get(id);
      if (!result) {
        fail(id, 'The bulk fetch did not answer for it: retry to read it again.');
      } else if (!result.success || !result.entity) {
        const status = result.error?.status ?? result.status;
        fail(id, status === 404 ? 'It no longer exists.' : bulkErrorMessage(result));
      } else {
        const record = result.entity;
        const decision = options.decide(record);
        if (decision.kind === 'write') {
          writes.push({ id, recordId: record.id, body: decision.body });
        } else if (decision.kind === 'refuse') {
          fail(id, decision.message);
        } else {
          outcomes.set(
            id,
            uncertain.has(id)
              ? { status: 'updated', recordId: record.id, recovered: true }
              : { status: 'unchanged', recordId: record.id },
          );
        }
      }
    }

    if (writes.length > 0) await send(writes);
    options.onOutcomes?.(outcomes, { done: outcomes.size, total: ids.length });
  }
  return outcomes;

  async function send(writes: { id: string; recordId: string; body: Record<string, unknown> }[]) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const answer = await options.endpoints.update(
          writes.map((write) => ({ ...write.body, id: write.recordId })),
        );
        const recordIds = writes.map((write) => write.recordId);
        const paired = pairById(recordIds, answer.results ?? []);
        for (const write of writes) {
          const result = paired.get(write.recordId);
          if (!result) {
            fail(
              write.id,
              'The answer did not name it, so it may have been saved: retry to check it.',
              true,
            );
          } else if (result.success) {
            outcomes.set(write.id, { status: 'updated', recordId: write.recordId });
          } else {
            fail(write.id, bulkErrorMessage(result));
          }
        }
        return;
      } catch (error) {
        if (error instanceof ApiError && error.status === 429 && attempt < MAX_SENDS) {
          await wait(retryDelayMs(error, attempt), options.signal);
          continue;
        }
        const lost = isLostAnswer(error);
        const message = lost
          ? `The answer was lost (${failureText(error)}), so it may have been saved. Retry checks it first.`
          : failureText(error);
        for (const write of writes) fail(write.id, message, lost);
        return;
      }
    }
  }
}

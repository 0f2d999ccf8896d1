import { ApiError } from '@/api/api-error';
import type { ApiClient } from '@/api/client';
import { mayHaveBeenStored } from '@/api/create-once';
import { enrichMany, findEnriched, type BulkEnrichResult } from './enrich-api';
import { BULK_ENRICH_MAX, type EnrichKind } from './enrich-kinds';
import type { EnrichAnswer } from './enrich-outcome';
import type { EnrichRequest } from './enrich-request';

/** A CSV row ready to send; `uncertainSince` when an earlier send of it may have been applied. */
export interface EnrichRow {
  rowNumber: number;
  request: EnrichRequest;
  uncertainSince?: number | undefined;
}

export interface RowAnswer extends EnrichAnswer {
  /** Set on a failure that may have been applied: a retry looks for the record before sending. */
  uncertainSince?: number | undefined;
  /** Found by looking after an answer was lost, not named by a bulk answer. */
  recovered?: boolean;
}

export interface EnrichProgress {
  done: number;
  total: number;
}

export type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How often one request is sent again after 429s before its rows are given up on. */
const MAX_SENDS = 5;

/** The tracker each row is sent with: bulk results name their row by it (their order is not promised). */
export const trackerOf = (rowNumber: number) => `row-${rowNumber}`;

function resultAnswer(result: BulkEnrichResult, startedAt: number, dryRun: boolean): RowAnswer {
  if (result.success && result.entity) {
    return { record: result.entity, created: result.status === 201 };
  }
  const status = result.error?.status ?? result.status ?? 0;
  return {
    error: { status, message: result.error?.message ?? `The row failed (${status}).` },
    // A failure on the server's side may have come after the write (never on a dry run).
    ...(!dryRun && (status === 0 || status >= 500) ? { uncertainSince: startedAt } : {}),
  };
}

function failedRow(message: string, status: number, uncertainSince?: number): RowAnswer {
  return { error: { status, message }, ...(uncertainSince ? { uncertainSince } : {}) };
}

/**
 * Sends rows through the bulk enrich API, at most 10 a request (Genesys' limit), and returns every
 * row's answer by row number. A row failing never stops the others. No row is ever applied twice:
 * when a request's answer is lost (network error, 408, 5xx) its rows are marked uncertain, and a
 * later run looks each of them up by its identifiers before sending it again. A 429 waits what
 * Retry-After asks and sends the same request again (it was refused before any work).
 */
export async function runBulkEnrich(options: {
  api: ApiClient;
  kind: EnrichKind;
  rows: readonly EnrichRow[];
  dryRun: boolean;
  onProgress?: (answers: ReadonlyMap<number, RowAnswer>, progress: EnrichProgress) => void;
  sleep?: Sleep;
  now?: () => number;
  chunkSize?: number;
}): Promise<Map<number, RowAnswer>> {
  const { api, kind, dryRun } = options;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const size = Math.min(options.chunkSize ?? BULK_ENRICH_MAX, BULK_ENRICH_MAX);
  const answers = new Map<number, RowAnswer>();
  const total = options.rows.length;
  const report = () => options.onProgress?.(answers, { done: answers.size, total });

  for (let start = 0; start < options.rows.length; start += size) {
    const part = options.rows.slice(start, start + size);
    let toSend: EnrichRow[] = [];
    for (const row of part) {
      if (dryRun || row.uncertainSince === undefined) {
        toSend.push(row);
        continue;
      }
      try {
        const found = await findEnriched(
          api,
          kind,
          row.request.matchingIdentifiers,
          row.uncertainSince,
        );
        if (found) answers.set(row.rowNumber, { record: found, recovered: true });
        else toSend.push({ ...row, uncertainSince: undefined });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        answers.set(
          row.rowNumber,
          failedRow(
            `An earlier send may have applied this row, and checking failed: ${message} Retry to check again.`,
            0,
            row.uncertainSince,
          ),
        );
      }
    }
    for (let send = 1; toSend.length > 0; send += 1) {
      const startedAt = now();
      const rows = toSend;
      toSend = [];
      try {
        const answer = await enrichMany(
          api,
          kind,
          rows.map((row) => ({ ...row.request, id: trackerOf(row.rowNumber) })),
          dryRun,
        );
        const byTracker = new Map((answer.results ?? []).map((result) => [result.id, result]));
        for (const row of rows) {
          const result = byTracker.get(trackerOf(row.rowNumber));
          answers.set(
            row.rowNumber,
            result
              ? resultAnswer(result, startedAt, dryRun)
              : failedRow('The answer did not name this row.', 0, dryRun ? undefined : startedAt),
          );
        }
      } catch (error) {
        const apiError = error instanceof ApiError ? error : undefined;
        if (apiError?.status === 429 && send < MAX_SENDS) {
          await sleep((apiError.retryAfterSeconds ?? 2 ** send) * 1000);
          toSend = rows;
          continue;
        }
        const message = error instanceof Error ? error.message : String(error);
        const uncertain = !dryRun && mayHaveBeenStored(error) ? startedAt : undefined;
        for (const row of rows) {
          answers.set(row.rowNumber, failedRow(message, apiError?.status ?? 0, uncertain));
        }
      }
    }
    report();
  }
  return answers;
}

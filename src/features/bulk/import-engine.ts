import { ApiError } from '@/api/api-error';
import type { ApiClient } from '@/api/client';
import { mayHaveBeenStored } from '@/api/create-once';
import {
  BULK_MAX,
  bulkAddContacts,
  bulkErrorMessage,
  chunk,
  type BulkResponse,
  type BulkResult,
} from './bulk-api';
import { findImportedContact, sameIdentity } from './find-imported';
import type { ImportEntity, ImportedRecord } from './import-entity';
import { retryDelayMs, sleep as realSleep, type Sleep } from './read-retries';

/** A checked row ready to send; `uncertainSince` when an earlier send of it may have stored it. */
export interface RowToSend {
  rowNumber: number;
  body: Record<string, unknown>;
  uncertainSince?: number | undefined;
}

export type RowOutcome =
  | {
      status: 'created';
      contactId: string;
      /** Found by the look-up after an answer was lost, not named by a bulk answer. */
      recovered?: boolean;
    }
  | {
      /** A matched contact the row updated (bulk update). */
      status: 'updated';
      contactId: string;
    }
  | {
      status: 'failed';
      message: string;
      /** Set when the row may have been stored: a retry looks for it before sending it. */
      uncertainSince?: number | undefined;
    };

export interface ImportProgress {
  /** Rows with an outcome so far. */
  done: number;
  total: number;
}

export interface ImportOptions {
  api: ApiClient;
  rows: readonly RowToSend[];
  divisionId: string;
  /** Records this import already created: a look-up never takes them for another row. */
  claimed?: Set<string>;
  /** What the rows create: contacts unless said. */
  entity?: ImportEntity;
  chunkSize?: number;
  /** Each chunk's outcomes as soon as it is done, so a screen can show them while the rest go. */
  onOutcomes?: (outcomes: ReadonlyMap<number, RowOutcome>, progress: ImportProgress) => void;
  sleep?: Sleep;
  now?: () => number;
}

/** How often one chunk is sent again (after 429s, or lost answers whose rows were not found). */
const MAX_SENDS = 6;

/**
 * Pairs each sent row with its result. Genesys does not promise the results' order, so a result
 * is taken in order only when it names the same person (the created entity, or the failing item
 * it echoes); the rest are paired by content. A row left without a result is unknown.
 */
export function pairResults(
  rows: readonly RowToSend[],
  results: readonly BulkResult<ImportedRecord>[],
  entity: ImportEntity = 'contacts',
): (BulkResult<ImportedRecord> | undefined)[] {
  const matches = (row: RowToSend, result: BulkResult<ImportedRecord>) => {
    const other = result.success ? result.entity : result.error?.entity;
    // Nothing to compare with: only its position can pair it.
    if (other === undefined || other === null || typeof other !== 'object') return undefined;
    return sameIdentity(row.body, other as Record<string, unknown>, entity);
  };
  const paired: (BulkResult<ImportedRecord> | undefined)[] = rows.map(() => undefined);
  const used = new Set<number>();
  results.forEach((result, index) => {
    const row = rows[index];
    if (row && matches(row, result) !== false) {
      paired[index] = result;
      used.add(index);
    }
  });
  results.forEach((result, index) => {
    if (used.has(index)) return;
    const rowIndex = rows.findIndex(
      (row, at) => paired[at] === undefined && matches(row, result) === true,
    );
    if (rowIndex >= 0) paired[rowIndex] = result;
  });
  return paired;
}

/** `POST /externalcontacts/bulk/organizations/add`: the organizations' bulk add, as contacts'. */
const bulkAddOrganizations = (api: ApiClient, entities: readonly unknown[]) =>
  api<BulkResponse<ImportedRecord>>('/externalcontacts/bulk/organizations/add', {
    method: 'POST',
    body: { entities },
  });

const BULK_ADD: Record<
  ImportEntity,
  (api: ApiClient, entities: readonly unknown[]) => Promise<BulkResponse<ImportedRecord>>
> = { contacts: bulkAddContacts, organizations: bulkAddOrganizations };

/**
 * Sends checked rows through POST /bulk/{contacts|organizations}/add, one chunk (≤ 200) at a time, and returns
 * every row's outcome. No row is ever sent twice blindly: when a chunk's answer is lost (network
 * error, 408, 5xx, including a 503 that came after the write), each of its rows is looked for
 * first and only the ones not found are sent again. A 429 waits what Retry-After asks and sends
 * the same chunk again (it was refused before any work). Other refusals (400, 403) fail the chunk.
 */
export async function importContacts(options: ImportOptions): Promise<Map<number, RowOutcome>> {
  const { api, divisionId } = options;
  const entity = options.entity ?? 'contacts';
  const wait = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const claimed = options.claimed ?? new Set<string>();
  const outcomes = new Map<number, RowOutcome>();
  const total = options.rows.length;

  const created = (row: RowToSend, contactId: string, recovered = false) => {
    claimed.add(contactId);
    outcomes.set(row.rowNumber, {
      status: 'created',
      contactId,
      ...(recovered ? { recovered } : {}),
    });
  };

  /** Looks for each row; returns the ones not stored, and fails those it could not check. */
  const notStored = async (rows: readonly RowToSend[], since: number, cause: string) => {
    const left: RowToSend[] = [];
    for (const row of rows) {
      try {
        const id = await findImportedContact(
          api,
          row.body,
          since,
          claimed,
          { sleep: wait },
          entity,
        );
        if (id !== undefined) created(row, id, true);
        else left.push({ ...row, uncertainSince: undefined });
      } catch {
        outcomes.set(row.rowNumber, {
          status: 'failed',
          message: `${cause} Whether it was created could not be checked: retry to check again.`,
          uncertainSince: since,
        });
      }
    }
    return left;
  };

  for (const part of chunk(options.rows, options.chunkSize ?? BULK_MAX)) {
    const uncertain = part.filter((row) => row.uncertainSince !== undefined);
    let toSend: RowToSend[] = part.filter((row) => row.uncertainSince === undefined);
    for (const row of uncertain) {
      toSend.push(...(await notStored([row], row.uncertainSince ?? 0, 'An earlier send failed.')));
    }
    for (let send = 1; toSend.length > 0; send += 1) {
      const startedAt = now();
      const rows = toSend;
      try {
        const answer = await BULK_ADD[entity](
          api,
          rows.map((row) => ({ ...row.body, division: { id: divisionId } })),
        );
        const paired = pairResults(rows, answer.results ?? [], entity);
        const unknown: RowToSend[] = [];
        rows.forEach((row, index) => {
          const result = paired[index];
          const createdId = result?.success ? (result.id ?? result.entity?.id) : undefined;
          // A success that names no contact is as good as no answer: look for the row.
          if (result === undefined || (result.success && !createdId)) unknown.push(row);
          else if (createdId) created(row, createdId);
          else {
            const status = result.error?.status ?? result.status ?? 0;
            outcomes.set(row.rowNumber, {
              status: 'failed',
              message: bulkErrorMessage(result),
              ...(status === 0 || status >= 500 ? { uncertainSince: startedAt } : {}),
            });
          }
        });
        toSend = unknown.length
          ? await notStored(unknown, startedAt, 'The answer did not name this row.')
          : [];
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const giveUp = send >= MAX_SENDS;
        if (error instanceof ApiError && error.status === 429 && !giveUp) {
          await wait(retryDelayMs(error, send));
          continue;
        }
        if (!mayHaveBeenStored(error)) {
          for (const row of rows) outcomes.set(row.rowNumber, { status: 'failed', message });
          toSend = [];
        } else {
          toSend = await notStored(rows, startedAt, message);
          if (toSend.length > 0 && giveUp) {
            // Looked for and not found just now: not stored, so no look-up is needed next time.
            for (const row of toSend) outcomes.set(row.rowNumber, { status: 'failed', message });
            toSend = [];
          } else if (toSend.length > 0) {
            await wait(retryDelayMs(error, send));
          }
        }
      }
    }
    options.onOutcomes?.(outcomes, { done: outcomes.size, total });
  }
  return outcomes;
}

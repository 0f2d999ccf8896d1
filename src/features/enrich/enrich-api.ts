import { ApiError } from '@/api/api-error';
import type { ApiClient } from '@/api/client';
import type { RecordBase } from '@/models/record-fields';
import { asRecord } from '@/models/record-fields';
import type { EnrichKind } from './enrich-kinds';
import { classify, idsToRead, type EnrichAnswer, type EnrichOutcome } from './enrich-outcome';
import type { EnrichIdentifier, EnrichRequest } from './enrich-request';

/** One item of a bulk answer (models.json BulkResponseResult…): partial success is normal. */
export interface BulkEnrichResult {
  id?: string;
  success: boolean;
  status?: number;
  entity?: RecordBase;
  error?: { status?: number; message?: string; code?: string };
}

export interface BulkEnrichResponse {
  results?: BulkEnrichResult[];
  errorCount?: number;
  errorIndexes?: number[];
}

/** The sandbox takes at most 200 ids a bulk read (sandbox/domain/bulk-results.ts). */
const BULK_READ_MAX = 200;

export function enrichOne(
  api: ApiClient,
  kind: EnrichKind,
  request: EnrichRequest,
  dryRun: boolean,
): Promise<RecordBase> {
  return api<RecordBase>(kind.path, {
    method: 'POST',
    query: dryRun ? { dryRun: true } : undefined,
    body: request,
  });
}

export function enrichMany(
  api: ApiClient,
  kind: EnrichKind,
  requests: readonly EnrichRequest[],
  dryRun: boolean,
): Promise<BulkEnrichResponse> {
  return api<BulkEnrichResponse>(kind.bulkPath, {
    method: 'POST',
    query: dryRun ? { dryRun: true } : undefined,
    body: { entities: requests },
  });
}

/** A refused single enrich as an answer: a 409 names the records an Insert found. */
export function answerOfError(error: unknown): EnrichAnswer {
  if (!(error instanceof ApiError)) {
    return {
      error: { status: 0, message: error instanceof Error ? error.message : String(error) },
    };
  }
  const conflictIds =
    error.status === 409
      ? error.details.flatMap((detail) => (detail.entityId ? [detail.entityId] : []))
      : [];
  return { error: { status: error.status, message: error.message, conflictIds } };
}

/** Stored records by id (bulk reads of up to 200); ids that are not stored are left out. */
async function readByIds(
  api: ApiClient,
  bulkReadPath: string,
  ids: readonly string[],
): Promise<Map<string, RecordBase>> {
  const found = new Map<string, RecordBase>();
  const unique = [...new Set(ids)];
  for (let start = 0; start < unique.length; start += BULK_READ_MAX) {
    const part = unique.slice(start, start + BULK_READ_MAX);
    const answer = await api<BulkEnrichResponse>(bulkReadPath, {
      method: 'POST',
      body: { entities: part.map((id) => ({ id })) },
    });
    for (const result of answer.results ?? []) {
      if (!result.success || !result.entity) continue;
      // Under the id asked for too: a merged contact's id reads as its merge result.
      found.set(result.entity.id, result.entity);
      if (result.id) found.set(result.id, result.entity);
    }
  }
  return found;
}

const BULK_READ_PATH = {
  contacts: '/externalcontacts/bulk/contacts',
  organizations: '/externalcontacts/bulk/organizations',
} as const;

/**
 * A contact's organization is only an id in a write's answer and a bulk read: its name is read
 * once for every record shown, so a change of organization reads as names. A failed read leaves
 * the ids (the rest of the preview is still right).
 */
async function nameOrganizations(
  api: ApiClient,
  records: readonly RecordBase[],
): Promise<RecordBase[]> {
  const ids = records.flatMap((record) => {
    const id = asRecord((record as unknown as Record<string, unknown>).externalOrganization).id;
    return typeof id === 'string' && id ? [id] : [];
  });
  if (ids.length === 0) return [...records];
  let organizations: Map<string, RecordBase>;
  try {
    organizations = await readByIds(api, BULK_READ_PATH.organizations, ids);
  } catch {
    return [...records];
  }
  return records.map((record) => {
    const ref = asRecord((record as unknown as Record<string, unknown>).externalOrganization);
    const name = typeof ref.id === 'string' ? organizations.get(ref.id) : undefined;
    const text = (name as { name?: unknown } | undefined)?.name;
    return typeof text === 'string'
      ? ({ ...record, externalOrganization: { ...ref, name: text } } as RecordBase)
      : record;
  });
}

export interface ReadOutcomes {
  outcomes: EnrichOutcome[];
  /** The stored records the answers were compared with, by id: an apply compares with these. */
  current: Map<string, RecordBase>;
  /** Set when the stored records could not be read: the outcomes then show no "now". */
  readError?: string;
}

/**
 * Turns answers into outcomes against what is stored now: one bulk read for every record the
 * answers name (matches, merged contacts, conflicts), then each answer classified and diffed.
 * `known` are records read before (a preview's), used instead of reading them again.
 */
export async function outcomesOf(
  api: ApiClient,
  kind: EnrichKind,
  answers: readonly EnrichAnswer[],
  known?: ReadonlyMap<string, RecordBase>,
): Promise<ReadOutcomes> {
  let current = new Map<string, RecordBase>(known ?? []);
  let readError: string | undefined;
  const missing = answers.flatMap(idsToRead).filter((id) => !current.has(id));
  if (missing.length > 0 && known === undefined) {
    try {
      const read = await readByIds(api, BULK_READ_PATH[kind.entity], missing);
      for (const [id, record] of read) current.set(id, record);
    } catch (error) {
      readError = error instanceof Error ? error.message : String(error);
    }
  }
  let named = answers;
  if (kind.entity === 'contacts') {
    const ids = [...current.keys()];
    const stored = [...current.values()];
    const results = answers.flatMap((answer) => answer.record ?? []);
    const withNames = await nameOrganizations(api, [...stored, ...results]);
    current = new Map(withNames.slice(0, stored.length).map((record, i) => [ids[i] ?? '', record]));
    const namedResults = withNames.slice(stored.length);
    let index = 0;
    named = answers.map((answer) =>
      answer.record ? { ...answer, record: namedResults[index++] } : answer,
    );
  }
  return {
    outcomes: named.map((answer) => classify(kind, answer, current, readError !== undefined)),
    current,
    ...(readError === undefined ? {} : { readError }),
  };
}

const LOOKUP_PATH = {
  contacts: '/externalcontacts/identifierlookup/contacts',
  organizations: '/externalcontacts/identifierlookup/organizations',
} as const;

/**
 * After an answer was lost (a dropped connection, a late 5xx): the record one of the request's
 * identifiers now leads to, if it was written since the attempt. Enrich claims the identifiers it
 * matched by, so a stored result is found by them; nothing found means it was not stored.
 */
export async function findEnriched(
  api: ApiClient,
  kind: EnrichKind,
  identifiers: readonly EnrichIdentifier[],
  sinceEpochMs: number,
): Promise<RecordBase | undefined> {
  for (const identifier of identifiers) {
    let record: RecordBase;
    try {
      record = await api<RecordBase>(LOOKUP_PATH[kind.entity], {
        method: 'POST',
        body: { type: identifier.type, value: identifier.value },
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) continue;
      throw error;
    }
    const modified = Date.parse(record.modifyDate ?? record.createDate ?? '');
    if (Number.isFinite(modified) && modified >= sinceEpochMs) return record;
  }
  return undefined;
}

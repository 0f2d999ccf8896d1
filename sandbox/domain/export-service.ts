import { randomUUID } from 'node:crypto';
import { createExportsRepo } from '../db/exports-repo.ts';
import type { ExportKind, ExportRecord } from '../db/exports-repo.ts';
import { invalidField, notFound } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { nowIso } from './entity-refs.ts';
import { renderCsv } from './export-csv.ts';
import type { CustomFieldTitle } from './export-csv.ts';
import { matchesFilter } from './export-filters.ts';
import { MAX_FILTER_DEPTH, exportRequestSchema, jsonDepth } from './export-request.ts';
import type { ExportQueryConditions } from './export-request.ts';
import { SIGNED_FILES_PREFIX, signedUrl } from './export-signed-urls.ts';
import type { ExportSource } from './export-sources.ts';

/** Records read per background step. */
export const EXPORT_CHUNK_SIZE = 100;

export const exportsPath = (kind: ExportKind) => `/api/v2/externalcontacts/${kind}/exports`;
export const exportFilePath = (id: string) => `${SIGNED_FILES_PREFIX}/exports/${id}/export.csv`;

export interface ExportJson {
  id: string;
  divisionIds: string[];
  createdBy?: { id: string; name?: string; selfUri: string };
  dateCreated: string;
  dateCompletion?: string;
  status: ExportRecord['status'];
  downloadUrl?: string;
  resultRowCount?: number;
  queryConditions?: unknown;
  selfUri: string;
}

/** One file asks for the same few titles thousands of times: each is read once. */
function cachedTitles(source: ExportSource): CustomFieldTitle {
  const titles = new Map<string, string | undefined>();
  return (schemaId, key) => {
    const cacheKey = `${schemaId}\n${key}`;
    if (!titles.has(cacheKey)) titles.set(cacheKey, source.customFieldTitle?.(schemaId, key));
    return titles.get(cacheKey);
  };
}

function exportNotFound(id: string) {
  return notFound(`The export ${id} was not found.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'export' },
  ]);
}

export function createExportService(
  context: SandboxContext,
  sources: Record<ExportKind, ExportSource>,
) {
  const { db, identities, options } = context;
  const exportsRepo = createExportsRepo(db);
  const now = () => nowIso(options.clock);

  function checkDivisions(ids: readonly string[]): void {
    ids.forEach((id, index) => {
      if (identities.findDivision(id) === null) {
        throw invalidField(`divisionIds[${index}]`, `The division ${id} does not exist.`);
      }
    });
  }

  /** Reads one chunk of one running export; finishes it when the source is exhausted. */
  function advance(record: ExportRecord): void {
    const source = sources[record.kind];
    const conditions = record.queryConditions as ExportQueryConditions | null;
    const limit = conditions?.limit ?? Number.POSITIVE_INFINITY;
    const divisions = new Set(record.divisionIds);
    const items = source.read(record.scanAfter, EXPORT_CHUNK_SIZE);
    const room = limit - record.rowCount;
    const rows = items
      .filter((item) => divisions.size === 0 || divisions.has(item.divisionId))
      .filter((item) => {
        const filters = conditions?.filters ?? null;
        return filters === null || matchesFilter(filters, item.facts);
      })
      .slice(0, Math.max(0, room))
      .map((item) => item.row);
    const last = items[items.length - 1];
    exportsRepo.appendChunk(record.id, rows, last?.id ?? record.scanAfter);
    const full = record.rowCount + rows.length >= limit;
    if (items.length < EXPORT_CHUNK_SIZE || full) {
      exportsRepo.succeed(
        record.id,
        renderCsv(source.columns, exportsRepo.chunkRows(record.id), cachedTitles(source)),
        now(),
      );
    }
  }

  return {
    exports: exportsRepo,

    create(kind: ExportKind, body: unknown, createdBy: string | null): ExportRecord {
      if (jsonDepth(body, MAX_FILTER_DEPTH * 2 + 4) > MAX_FILTER_DEPTH * 2 + 4) {
        throw invalidField(
          'queryConditions.filters',
          `Filters nest at most ${MAX_FILTER_DEPTH} levels deep.`,
        );
      }
      const request = parseBody(exportRequestSchema(kind), body);
      checkDivisions(request.divisionIds);
      const record = {
        id: randomUUID(),
        kind,
        divisionIds: request.divisionIds,
        queryConditions: request.queryConditions,
        createdBy,
        dateCreated: now(),
        dateCompletion: null,
        status: 'RUNNING' as const,
        scanAfter: '',
        rowCount: 0,
        failure: null,
      };
      // The sequence number (listing order) comes from the database.
      return { ...record, seq: exportsRepo.insert(record) };
    },

    require(kind: ExportKind, id: string): ExportRecord {
      const record = exportsRepo.find(kind, id);
      if (record === null) throw exportNotFound(id);
      return record;
    },

    /** One background step over the oldest running export; true when work is left. */
    step(): boolean {
      const [record] = exportsRepo.running();
      if (record === undefined) return false;
      try {
        advance(record);
      } catch (error) {
        exportsRepo.fail(
          record.id,
          error instanceof Error ? error.message : 'unknown error',
          now(),
        );
      }
      return exportsRepo.running().length > 0;
    },

    /** `origin` is where the caller reached the sandbox, so the download URL works for them. */
    view(record: ExportRecord, origin: string): ExportJson {
      const json: ExportJson = {
        id: record.id,
        divisionIds: record.divisionIds,
        dateCreated: record.dateCreated,
        status: record.status,
        selfUri: `${exportsPath(record.kind)}/${record.id}`,
      };
      if (record.createdBy !== null) {
        const name = identities.findUser(record.createdBy)?.name;
        json.createdBy = {
          id: record.createdBy,
          ...(name === undefined ? {} : { name }),
          selfUri: `/api/v2/users/${record.createdBy}`,
        };
      }
      const conditions = record.queryConditions as ExportQueryConditions | null;
      if (conditions !== null) {
        json.queryConditions =
          conditions.filters === null
            ? { limit: conditions.limit }
            : { filters: conditions.filters, limit: conditions.limit };
      }
      if (record.dateCompletion !== null) json.dateCompletion = record.dateCompletion;
      if (record.status === 'SUCCEEDED') {
        json.resultRowCount = record.rowCount;
        json.downloadUrl = signedUrl(db, origin, 'GET', exportFilePath(record.id), options.clock());
      }
      return json;
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;

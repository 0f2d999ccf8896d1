import * as z from 'zod/mini';
import type { ApiClient } from '@/api/client';
import type { ExportFilter, ExportKind } from '@/models/export-request';

/**
 * Genesys' export jobs (endpoints.md "Exports"): POST …/{kind}/exports starts one (201, RUNNING),
 * GET …/{kind}/exports/{id} reads it (SUCCEEDED with `downloadUrl` and `resultRowCount`, or
 * FAILED), GET …/{kind}/exports lists them newest first with `after` cursors. The file is built
 * on Genesys' side: nothing is read into the tab.
 */

export { EXPORT_KINDS, type ExportFilter, type ExportKind } from '@/models/export-request';

const exportJobSchema = z.looseObject({
  id: z.string(),
  divisionIds: z.nullish(z.array(z.string())),
  createdBy: z.nullish(z.looseObject({ id: z.string(), name: z.nullish(z.string()) })),
  dateCreated: z.nullish(z.string()),
  dateCompletion: z.nullish(z.string()),
  // An unknown status is kept as it came rather than refused: the page says what it is.
  status: z.nullish(z.string()),
  downloadUrl: z.nullish(z.string()),
  resultRowCount: z.nullish(z.number()),
  queryConditions: z.nullish(
    z.looseObject({
      // Read by describeJobFilters, which says "other filters" for a shape it does not know.
      filters: z.nullish(z.unknown()),
      limit: z.nullish(z.number()),
    }),
  ),
  selfUri: z.nullish(z.string()),
});

export type ExportJob = z.output<typeof exportJobSchema>;

const exportListingSchema = z.looseObject({
  entities: z.nullish(z.array(exportJobSchema)),
  nextUri: z.nullish(z.string()),
});

/** A filter as a listed job holds it: not read, only sent back when the job is started again. */
export type ListedFilter = NonNullable<NonNullable<ExportJob['queryConditions']>['filters']>;

export interface ExportJobRequest {
  divisionIds: string[];
  /**
   * `filters` as the form builds them, or as a listed job holds them when it is started again
   * (sent back as the API gave them).
   */
  queryConditions?: { filters?: ExportFilter | ListedFilter; limit?: number };
}

const exportsPath = (kind: ExportKind) => `/externalcontacts/${kind}/exports`;

export async function startExportJob(
  api: ApiClient,
  kind: ExportKind,
  request: ExportJobRequest,
): Promise<ExportJob> {
  return exportJobSchema.parse(await api(exportsPath(kind), { method: 'POST', body: request }));
}

/** Each read of a finished job mints a fresh signed download URL (they expire). */
export async function readExportJob(
  api: ApiClient,
  kind: ExportKind,
  id: string,
  signal?: AbortSignal,
): Promise<ExportJob> {
  return exportJobSchema.parse(
    await api(`${exportsPath(kind)}/${encodeURIComponent(id)}`, { signal }),
  );
}

export interface ExportJobPage {
  jobs: ExportJob[];
  /** The `after` cursor of the next page, read from `nextUri` (the listing has no cursors). */
  after: string | undefined;
}

/** The listing's page size: undocumented; the sandbox allows 1–100. */
export const EXPORT_PAGE_SIZE = 25;

export function cursorOf(nextUri: string | null | undefined): string | undefined {
  if (!nextUri) return undefined;
  const query = nextUri.includes('?') ? nextUri.slice(nextUri.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get('after') ?? undefined;
}

export async function listExportJobs(
  api: ApiClient,
  kind: ExportKind,
  after: string | undefined,
  signal?: AbortSignal,
): Promise<ExportJobPage> {
  const listing = exportListingSchema.parse(
    await api(exportsPath(kind), { query: { pageSize: EXPORT_PAGE_SIZE, after }, signal }),
  );
  return { jobs: listing.entities ?? [], after: cursorOf(listing.nextUri) };
}

export const exportKeys = {
  all: ['exports'] as const,
  list: (kind: ExportKind) => ['exports', kind, 'list'] as const,
  job: (kind: ExportKind, id: string) => ['exports', kind, 'job', id] as const,
};

import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import { parseExpand } from '../../domain/entity-views.ts';
import { decodeSeqCursor, parsePageSize, seqListing } from '../../domain/export-listing.ts';
import { JOB_STATUSES } from '../../domain/import-jobs.ts';
import type { ImportJobService } from '../../domain/import-jobs.ts';
import { IMPORT_BASE, importSettingsJson } from '../../domain/import-settings.ts';
import type { ImportSettingsService } from '../../domain/import-settings.ts';
import type { ImportJobStatus } from '../../db/imports-repo.ts';
import { invalidField } from '../../errors.ts';
import { asQueryRecord, listParam, singleParam } from '../../http/query-params.ts';
import type { QueryRecord } from '../../http/query-params.ts';
import { requestOrigin } from './exports-routes.ts';

const EC = 'externalContacts';
const BASE = '/externalcontacts/import';
export const IMPORT_PAGE_SIZE = { fallback: 25, max: 100 };

type JobParams = { Params: { jobId: string } };
type SettingsParams = { Params: { settingsId: string } };

/** `sortOrder`: Ascending (default) or Descending, ignoring case. */
function parseDescending(query: QueryRecord): boolean {
  const raw = singleParam(query, 'sortOrder')?.toLowerCase() ?? '';
  if (raw === '' || raw === 'ascending') return false;
  if (raw === 'descending') return true;
  throw invalidField('sortOrder', 'sortOrder must be Ascending or Descending.');
}

function parseJobStatus(query: QueryRecord): ImportJobStatus | null {
  const raw = singleParam(query, 'jobStatus') ?? '';
  if (raw === '') return null;
  const status = JOB_STATUSES.find((value) => value.toLowerCase() === raw.toLowerCase());
  if (status === undefined) {
    throw invalidField('jobStatus', `jobStatus must be one of ${JOB_STATUSES.join(', ')}.`);
  }
  return status;
}

const withDivision = (query: QueryRecord) =>
  parseExpand(listParam(query, 'expand'), ['division'] as const).has('division');

/** Import settings and import jobs (listing, create, read, status updates). */
export function registerImportJobRoutes(
  app: FastifyInstance,
  settings: ImportSettingsService,
  jobs: ImportJobService,
  onJobStarted: () => void,
): void {
  app.get(
    `${BASE}/settings`,
    { preHandler: requireAnyPermission(`${EC}:importSettings:viewAll`) },
    async (request) => {
      const query = asQueryRecord(request.query);
      const limit = parsePageSize(query, IMPORT_PAGE_SIZE);
      const name = singleParam(query, 'name')?.trim() ?? '';
      const rows = settings.repo.settingsPage(
        { afterSeq: decodeSeqCursor(query), descending: parseDescending(query), limit: limit + 1 },
        name === '' ? null : name,
      );
      return seqListing(rows, limit, `${IMPORT_BASE}/settings`, query, importSettingsJson, true);
    },
  );
  app.post(
    `${BASE}/settings`,
    { preHandler: requireAnyPermission(`${EC}:importSettings:add`) },
    async (request) => importSettingsJson(settings.createSettings(request.body)),
  );
  app.get<SettingsParams>(
    `${BASE}/settings/:settingsId`,
    { preHandler: requireAnyPermission(`${EC}:importSettings:view`) },
    async (request) => importSettingsJson(settings.requireSettings(request.params.settingsId)),
  );
  app.put<SettingsParams>(
    `${BASE}/settings/:settingsId`,
    { preHandler: requireAnyPermission(`${EC}:importSettings:edit`) },
    async (request) =>
      importSettingsJson(settings.replaceSettings(request.params.settingsId, request.body)),
  );
  app.delete<SettingsParams>(
    `${BASE}/settings/:settingsId`,
    { preHandler: requireAnyPermission(`${EC}:importSettings:delete`) },
    async (request, reply) => {
      settings.removeSettings(request.params.settingsId);
      return reply.code(204).send();
    },
  );

  app.get(
    `${BASE}/jobs`,
    { preHandler: requireAnyPermission(`${EC}:importJob:viewAll`) },
    async (request) => {
      const query = asQueryRecord(request.query);
      const expandDivision = withDivision(query);
      const limit = parsePageSize(query, IMPORT_PAGE_SIZE);
      const origin = requestOrigin(request);
      const rows = settings.repo.jobPage(
        { afterSeq: decodeSeqCursor(query), descending: parseDescending(query), limit: limit + 1 },
        parseJobStatus(query),
      );
      return seqListing(
        rows,
        limit,
        `${IMPORT_BASE}/jobs`,
        query,
        (job) => jobs.view(job, expandDivision, origin),
        true,
      );
    },
  );
  app.post(
    `${BASE}/jobs`,
    { preHandler: requireAnyPermission(`${EC}:importJob:add`) },
    async (request) => jobs.view(jobs.createJob(request.body), false, requestOrigin(request)),
  );
  app.get<JobParams>(
    `${BASE}/jobs/:jobId`,
    { preHandler: requireAnyPermission(`${EC}:importJob:view`) },
    async (request) =>
      jobs.view(
        jobs.requireJob(request.params.jobId),
        withDivision(asQueryRecord(request.query)),
        requestOrigin(request),
      ),
  );
  app.put<JobParams>(
    `${BASE}/jobs/:jobId`,
    { preHandler: requireAnyPermission(`${EC}:importJob:edit`) },
    async (request, reply) => {
      const { jobId } = request.params;
      const result = jobs.updateStatus(jobId, request.body);
      if (result.started) onJobStarted();
      return reply.code(result.started ? 202 : 200).send({ jobId, status: result.status });
    },
  );
}

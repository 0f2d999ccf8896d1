import type { FastifyInstance } from 'fastify';
import { requireAnyPermission, requireAuth } from '../../auth/guard.ts';
import { decodeSeqCursor, parsePageSize, seqListing } from '../../domain/export-listing.ts';
import type { ImportJobService } from '../../domain/import-jobs.ts';
import { IMPORT_BASE, csvSettingsJson } from '../../domain/import-settings.ts';
import type { ImportSettingsService } from '../../domain/import-settings.ts';
import type { UploadService } from '../../domain/import-uploads.ts';
import { asQueryRecord, singleParam } from '../../http/query-params.ts';
import { requestOrigin } from './exports-routes.ts';

const EC = 'externalContacts';
const CSV = '/externalcontacts/import/csv';
/** The reference gives 200 as the maximum; the default is not documented. */
export const CSV_SETTINGS_PAGE_SIZE = { fallback: 25, max: 200 };

type UploadParams = { Params: { uploadId: string } };
type SettingsParams = { Params: { settingsId: string } };

/** The CSV import flow: uploads, CSV settings (column mappings) and CSV jobs. */
export function registerCsvImportRoutes(
  app: FastifyInstance,
  uploads: UploadService,
  settings: ImportSettingsService,
  jobs: ImportJobService,
  onJobStarted: () => void,
): void {
  app.post(
    `${CSV}/uploads`,
    { preHandler: requireAnyPermission(`${EC}:importCsvUpload:add`) },
    async (request, reply) => {
      const auth = requireAuth(request);
      const created = uploads.create(request.body, auth.user?.id ?? null, requestOrigin(request));
      return reply.code(201).send(created);
    },
  );
  const uploadView = requireAnyPermission(`${EC}:importCsvUpload:view`);
  app.get<UploadParams>(
    `${CSV}/uploads/:uploadId/preview`,
    { preHandler: uploadView },
    async (request) => uploads.preview(request.params.uploadId),
  );
  app.get<UploadParams>(
    `${CSV}/uploads/:uploadId/details`,
    { preHandler: uploadView },
    async (request) => uploads.details(request.params.uploadId),
  );

  app.get(
    `${CSV}/settings`,
    { preHandler: requireAnyPermission(`${EC}:importCsvSettings:view`) },
    async (request) => {
      const query = asQueryRecord(request.query);
      const limit = parsePageSize(query, CSV_SETTINGS_PAGE_SIZE);
      const external = singleParam(query, 'externalSettingsId')?.trim() ?? '';
      const rows = settings.repo.csvSettingsPage(
        { afterSeq: decodeSeqCursor(query), descending: false, limit: limit + 1 },
        external === '' ? null : external,
      );
      return seqListing(rows, limit, `${IMPORT_BASE}/csv/settings`, query, csvSettingsJson, false);
    },
  );
  app.post(
    `${CSV}/settings`,
    { preHandler: requireAnyPermission(`${EC}:importCsvSettings:add`) },
    async (request, reply) =>
      reply.code(201).send(csvSettingsJson(settings.createCsvSettings(request.body))),
  );
  app.get<SettingsParams>(
    `${CSV}/settings/:settingsId`,
    { preHandler: requireAnyPermission(`${EC}:importCsvSettings:view`) },
    async (request) => csvSettingsJson(settings.requireCsvSettings(request.params.settingsId)),
  );
  app.put<SettingsParams>(
    `${CSV}/settings/:settingsId`,
    { preHandler: requireAnyPermission(`${EC}:importCsvSettings:edit`) },
    async (request) =>
      csvSettingsJson(settings.replaceCsvSettings(request.params.settingsId, request.body)),
  );
  app.delete<SettingsParams>(
    `${CSV}/settings/:settingsId`,
    { preHandler: requireAnyPermission(`${EC}:importCsvSettings:delete`) },
    async (request, reply) => {
      settings.removeCsvSettings(request.params.settingsId);
      return reply.code(204).send();
    },
  );

  app.post(
    `${CSV}/jobs`,
    { preHandler: requireAnyPermission(`${EC}:importCsvJob:add`) },
    async (request, reply) => {
      const job = jobs.createCsvJob(request.body);
      onJobStarted();
      return reply
        .code(202)
        .send({ job: { id: job.id, selfUri: `${IMPORT_BASE}/jobs/${job.id}` } });
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { UPLOAD_LIMIT_BYTES } from '../../config.ts';
import { createImportsRepo } from '../../db/imports-repo.ts';
import { nowIso } from '../../domain/entity-refs.ts';
import { SIGNED_FILES_PREFIX } from '../../domain/export-signed-urls.ts';
import { createUploadService, uploadFilePath } from '../../domain/import-uploads.ts';
import type { SandboxContext } from '../../sandbox-context.ts';
import { assertSigned } from './exports-signed-check.ts';
import { registerImportReportRoutes } from './import-report-route.ts';

/**
 * The presigned PUT of a CSV upload: raw bytes, not JSON, so it gets its own body parsers. The
 * presigned GETs of import jobs' failure reports are registered here too, this being the imports'
 * entry in the signed-file routes (exports-file-routes.ts, outside /api/v2).
 */
export function registerCsvUploadFileRoute(app: FastifyInstance, context: SandboxContext): void {
  registerImportReportRoutes(app, context);
  const { db, options } = context;
  const uploads = createUploadService(db, createImportsRepo(db), options.clock, () =>
    nowIso(options.clock),
  );
  for (const type of ['text/csv', 'text/plain', 'application/octet-stream']) {
    app.addContentTypeParser(type, { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, body);
    });
  }
  app.put<{ Params: { uploadId: string } }>(
    `${SIGNED_FILES_PREFIX}/uploads/:uploadId/upload.csv`,
    // The file itself may be larger than an API body: Genesys' importer takes 50 MB.
    { bodyLimit: UPLOAD_LIMIT_BYTES },
    async (request, reply) => {
      const { uploadId } = request.params;
      assertSigned(context, request, 'PUT', uploadFilePath(uploadId));
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      uploads.receive(uploadId, body);
      return reply.code(200).send();
    },
  );
}

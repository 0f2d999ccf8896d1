import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { assertSigned } from './exports-signed-check.ts';
import { createExportsRepo } from '../../db/exports-repo.ts';
import { exportFilePath } from '../../domain/export-service.ts';
import { SIGNED_FILES_PREFIX } from '../../domain/export-signed-urls.ts';
import { notFound } from '../../errors.ts';
import type { SandboxContext } from '../../sandbox-context.ts';
import { registerCsvUploadFileRoute } from './imports-upload-file-route.ts';

function registerExportDownloadRoute(app: FastifyInstance, context: SandboxContext): void {
  const exportsRepo = createExportsRepo(context.db);
  app.get<{ Params: { exportId: string } }>(
    `${SIGNED_FILES_PREFIX}/exports/:exportId/export.csv`,
    async (request, reply) => {
      const { exportId } = request.params;
      assertSigned(context, request, 'GET', exportFilePath(exportId));
      const record = exportsRepo.findAnyKind(exportId);
      const content = exportsRepo.file(exportId);
      if (record === null || content === null)
        throw notFound(`The export file ${exportId} was not found.`);
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="${record.kind}-export-${exportId}.csv"`,
        )
        .header('Cache-Control', 'private, no-store')
        .send(content);
    },
  );
}

/**
 * Presigned file URLs (export downloads, CSV uploads), outside /api/v2 because, like S3's, they
 * take no bearer token: the signature in the URL is the credential.
 */
export const signedFileRoutes: FastifyPluginAsync<{ context: SandboxContext }> = async (
  app,
  { context },
) => {
  registerExportDownloadRoute(app, context);
  registerCsvUploadFileRoute(app, context);
};

import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { createImportsRepo } from '../../db/imports-repo.ts';
import { SIGNED_FILES_PREFIX } from '../../domain/export-signed-urls.ts';
import { importReportCsv } from '../../domain/import-report-csv.ts';
import {
  IMPORT_STEPS,
  REPORT_FILE_NAMES,
  REPORT_LABELS,
  hasReport,
  importReportPath,
} from '../../domain/import-report-urls.ts';
import { notFound } from '../../errors.ts';
import type { SandboxContext } from '../../sandbox-context.ts';
import { assertSigned } from './exports-signed-check.ts';

/**
 * The presigned GETs behind `dryRunReportDownloadUrl` and `importReportDownloadUrl`. The signature
 * is checked first, so a bad or expired link gets the export downloads' 403 whether or not the
 * job exists. The body is streamed a page of failures at a time.
 */
export function registerImportReportRoutes(app: FastifyInstance, context: SandboxContext): void {
  const repo = createImportsRepo(context.db);
  for (const step of IMPORT_STEPS) {
    app.get<{ Params: { jobId: string } }>(
      `${SIGNED_FILES_PREFIX}/import-jobs/:jobId/${REPORT_FILE_NAMES[step]}`,
      async (request, reply) => {
        const { jobId } = request.params;
        assertSigned(context, request, 'GET', importReportPath(jobId, step));
        const job = repo.findJob(jobId);
        if (job === null || !hasReport(job, step)) {
          throw notFound(`The import job ${jobId} has no ${REPORT_LABELS[step]} report.`);
        }
        const body = Readable.from(
          importReportCsv(repo.failurePage, job, step),
          // Text pieces, encoded as UTF-8 on their way out.
          { objectMode: false },
        );
        return reply
          .header('Content-Type', 'text/csv; charset=utf-8')
          .header(
            'Content-Disposition',
            `attachment; filename="import-${jobId}-${REPORT_FILE_NAMES[step]}"`,
          )
          .header('Cache-Control', 'private, no-store')
          .send(body);
      },
    );
  }
}

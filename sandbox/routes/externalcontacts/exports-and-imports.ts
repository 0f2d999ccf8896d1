import type { FastifyInstance } from 'fastify';
import { createContactService } from '../../domain/contact-service.ts';
import { createBackgroundWork } from '../../domain/export-runner.ts';
import { createExportService } from '../../domain/export-service.ts';
import { createExportSources } from '../../domain/export-sources.ts';
import { nowIso } from '../../domain/entity-refs.ts';
import { createImportJobService } from '../../domain/import-jobs.ts';
import { createImportSettingsService } from '../../domain/import-settings.ts';
import { createUploadService } from '../../domain/import-uploads.ts';
import type { SandboxContext } from '../../sandbox-context.ts';
import { registerExportRoutes } from './exports-routes.ts';
import { registerCsvImportRoutes } from './imports-csv-routes.ts';
import { registerImportJobRoutes } from './imports-jobs-routes.ts';

/** Delays of the background jobs: long enough to see RUNNING, short enough to feel instant. */
const START_DELAY_MS = 50;
const STEP_DELAY_MS = 10;

/** A step loop stopped with the server. */
function background(app: FastifyInstance, what: string, step: () => boolean) {
  const work = createBackgroundWork({
    step,
    startDelayMs: START_DELAY_MS,
    stepDelayMs: STEP_DELAY_MS,
    onError: (error) => app.log.error({ err: error }, `${what} step failed`),
  });
  app.addHook('onClose', async () => work.stop());
  return work;
}

/** Bulk exports and imports, with the background work that runs them. */
export function registerExportAndImportRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { db, options, identities } = context;
  const now = () => nowIso(options.clock);
  const contacts = createContactService(context);
  const exportService = createExportService(context, createExportSources(context, contacts));
  const exportWork = background(app, 'export', exportService.step);
  registerExportRoutes(app, exportService, exportWork.poke);

  const settings = createImportSettingsService(db, now);
  const uploads = createUploadService(db, settings.repo, options.clock, now);
  const jobs = createImportJobService({
    db,
    contacts,
    settings,
    findDivision: (id) => identities.findDivision(id),
    now,
  });
  const importWork = background(app, 'import', jobs.step);
  registerCsvImportRoutes(app, uploads, settings, jobs, importWork.poke);
  registerImportJobRoutes(app, settings, jobs, importWork.poke);

  // Jobs left running by a previous run resume from their saved position.
  exportWork.poke();
  importWork.poke();
}

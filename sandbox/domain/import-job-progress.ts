import type { ImportJobRecord } from '../db/imports-repo.ts';

/** How a job moves on once its current step has read the last row, and how that reads. */

export const MAX_REPORTED_FAILURES = 5;

const rows = (count: number) => `${count} row${count === 1 ? '' : 's'}`;

function failuresText(failures: readonly string[], total: number): string {
  if (total === 0) return '';
  const more = total > failures.length ? `; and ${total - failures.length} more` : '';
  return ` (${failures.join('; ')}${more})`;
}

/**
 * After the dry run: straight on to Importing when every row passed, else wait at Validated for
 * Continue or Cancel. After the import: Completed with the counts.
 */
export function afterLastRow(job: ImportJobRecord, dryRun: boolean): ImportJobRecord {
  const meta = { ...job.metadata };
  const samples = meta.failureSamples ?? [];
  meta.failureSamples = [];
  if (dryRun) {
    const failed = meta.dryRunFailedCount ?? 0;
    const base = { ...job, executionStep: 'Validated' as const, metadata: meta };
    if (failed === 0) {
      return { ...base, executionStep: 'Importing', metadata: { ...meta, rowsDone: 0 } };
    }
    return {
      ...base,
      statusDetails: `${failed} of ${rows(failed + (meta.dryRunSuccessCount ?? 0))} failed validation${failuresText(samples, failed)}. PUT status Continue to import the rest, or Cancel.`,
    };
  }
  const failed = meta.importFailedCount ?? 0;
  return {
    ...job,
    metadata: meta,
    status: 'Completed',
    statusDetails: `Imported ${rows(meta.importSuccessCount ?? 0)}; ${failed} failed${failuresText(samples, failed)}.`,
  };
}
